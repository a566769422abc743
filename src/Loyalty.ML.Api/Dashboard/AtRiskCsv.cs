using System.Globalization;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Data;

namespace Loyalty.ML.Api.Dashboard;

/// <summary>The at-risk customers (medium and high band) as CSV for a spreadsheet or a CRM: riskiest first, with CLV, revenue at stake and reasons.</summary>
internal static class AtRiskCsv
{
    public const string Header = "customer_id,probability,band,clv,revenue_at_stake,segment,reasons";

    public static async Task WriteAsync(Stream output, ServedChurn churn, CancellationToken cancellation)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        await writer.WriteLineAsync(Header.AsMemory(), cancellation);
        foreach (var score in churn.ByRisk.Where(AtRiskCustomer.IsAtRisk))
        {
            var line = string.Join(',',
                CsvText.Quote(score.CustomerId),
                score.Probability.ToString("0.####", CultureInfo.InvariantCulture),
                ChurnViews.Band(score.Band),
                score.Clv.ToString("0.##", CultureInfo.InvariantCulture),
                (score.Probability * score.Clv).ToString("0.##", CultureInfo.InvariantCulture),
                CsvText.Quote(churn.SegmentOf(score.CustomerId) ?? string.Empty),
                CsvText.Quote(string.Join("; ", score.Reasons)));
            await writer.WriteLineAsync(line.AsMemory(), cancellation);
        }
    }
}

using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Figures;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>The customers at risk (medium and high band) and their revenue at stake (Σ churn probability × CLV).</summary>
/// <param name="Customers">Customers at risk.</param>
/// <param name="RevenueAtStake">Their revenue at stake.</param>
public sealed record AtRiskTotals(int Customers, double RevenueAtStake)
{
    /// <summary>The totals of <paramref name="scores"/>.</summary>
    public static AtRiskTotals Of(IEnumerable<ChurnScore> scores)
    {
        var atRisk = scores.Where(AtRiskCustomer.IsAtRisk).ToList();
        return new AtRiskTotals(atRisk.Count, atRisk.Sum(score => score.Probability * score.Clv));
    }

    /// <summary>The totals of a run's value figures.</summary>
    public static AtRiskTotals Of(ValueFigures value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var atRisk = value.Bands.Where(band => band.Band is "medium" or "high").ToList();
        return new AtRiskTotals(atRisk.Sum(band => band.Customers), atRisk.Sum(band => band.RevenueAtStake));
    }
}

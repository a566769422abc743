using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Data;
using Microsoft.AspNetCore.Http.Metadata;

namespace Loyalty.ML.Api.Export;

/// <summary>
/// Streams export rows as NDJSON or CSV, flushing every <see cref="FlushEvery"/> rows, so memory stays flat however many
/// customers there are; the watermark goes out in the headers before the first row. A client that goes away stops the loop at the next flush.
/// </summary>
internal sealed class ChurnExportResult(IEnumerable<ChurnScoreView> rows, ExportWatermark watermark, ExportFormat format) : IResult, IEndpointMetadataProvider
{
    /// <summary>Content type of NDJSON rows.</summary>
    public const string NdjsonType = "application/x-ndjson";

    /// <summary>Content type of CSV rows.</summary>
    public const string CsvType = "text/csv";

    /// <summary>Header line of the CSV form.</summary>
    public const string CsvHeader = "customer_id,probability,band,reasons,probability_alive,expected_purchases,clv,segment";

    private const int FlushEvery = 2000;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = format == ExportFormat.Csv ? $"{CsvType}; charset=utf-8" : NdjsonType;
        response.Headers["Loyalty-Model-Version"] = watermark.ModelVersion;
        response.Headers["Loyalty-Watermark"] = watermark.Token;
        response.Headers.CacheControl = "no-store";
        var cancel = httpContext.RequestAborted;
        await using var text = new StreamWriter(response.Body, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        if (format == ExportFormat.Csv)
        {
            await text.WriteLineAsync(CsvHeader);
        }

        var written = 0;
        foreach (var row in rows)
        {
            await text.WriteLineAsync(format == ExportFormat.Csv ? Csv(row) : JsonSerializer.Serialize(row, ApiJsonContext.Default.ChurnScoreView));
            if (++written % FlushEvery == 0)
            {
                await text.FlushAsync(cancel);
            }
        }

        await text.FlushAsync(cancel);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ChurnScoreView), [NdjsonType, CsvType]));

    private static string Csv(ChurnScoreView row) => string.Create(
        CultureInfo.InvariantCulture,
        $"{CsvText.Quote(row.CustomerId)},{row.Probability:R},{row.Band},{CsvText.Quote(string.Join(" | ", row.Reasons))},{row.ProbabilityAlive:R},{row.ExpectedPurchases:R},{row.Clv:R},{CsvText.Quote(row.Segment ?? "")}");
}

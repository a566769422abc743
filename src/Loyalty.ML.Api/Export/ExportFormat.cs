namespace Loyalty.ML.Api.Export;

/// <summary>How export rows are written.</summary>
internal enum ExportFormat
{
    /// <summary>One JSON object per line (<c>application/x-ndjson</c>).</summary>
    Ndjson,

    /// <summary>RFC 4180 CSV with a header line (<c>text/csv</c>); reasons joined with <c> | </c>.</summary>
    Csv,
}

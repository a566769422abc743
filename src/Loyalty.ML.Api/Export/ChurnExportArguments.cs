using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ML.Api.Export;

/// <summary>Query arguments of the churn export.</summary>
internal sealed record ChurnExportArguments(
    [property: FromQuery(Name = "format"), Description("ndjson (default) or csv.")] string? Format,
    [property: FromQuery(Name = "snapshot"), Description("A Loyalty-Watermark of an earlier call: answer as of that model version and those events (to resume a cut-off download with after).")] string? Snapshot,
    [property: FromQuery(Name = "after"), Description("Resume after this customer id: rows come in ordinal customer-id order.")] string? After,
    [property: FromQuery(Name = "changedSince"), Description("A Loyalty-Watermark of an earlier export: only customers whose probability or band changed since, through events or a new model.")] string? ChangedSince);

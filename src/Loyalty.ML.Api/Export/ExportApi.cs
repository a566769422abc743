using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Export;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Export;

/// <summary>The CRM's bulk pull: every customer's churn score in one streamed answer, pinned to a model and an event watermark.</summary>
internal static class ExportApi
{
    /// <summary>Maps the endpoint, requiring <c>churn:read</c>.</summary>
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1").WithTags("Churn").RequireAuthorization(ApiScopes.ChurnRead)
            .MapGet("/churn/export", GetChurnExport)
            .WithName(nameof(GetChurnExport))
            .WithSummary("Every customer's churn probability, band, reasons, CLV and segment as NDJSON or CSV, pinned to one model version and event watermark.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithDescription("""
                Rows come in ordinal customer-id order. The `Loyalty-Watermark` response header names what the answer is pinned to
                (the model version and the events stored so far). Resume a cut-off download with `snapshot=<that watermark>&after=<last
                customer id received>`; ask later for what changed with `changedSince=<that watermark>`: only customers whose probability
                or band moved since, through reported purchases or a new model. A snapshot of a model no longer served is 409; a
                `changedSince` model the registry no longer holds is 410 (take a full export).
                """);
        return app;
    }

    /// <summary>Streams the rows; 400 for a bad argument, 409/410 when the watermark cannot be honoured, 503 without churn scores.</summary>
    public static async Task<Results<ChurnExportResult, ValidationProblem, ProblemHttpResult>> GetChurnExport(
        [AsParameters] ChurnExportArguments arguments, ModelProvider provider, EventIngestor events, PreviousModels previous)
    {
        Dictionary<string, string[]>? errors = null;
        var format = ExportFormat.Ndjson;
        if (arguments.Format is { } name && !Enum.TryParse(name, ignoreCase: true, out format))
        {
            ApiValidation.Add(ref errors, "format", $"'{name}' is not a format; use ndjson or csv.");
        }

        var snapshot = Watermark(arguments.Snapshot, "snapshot", ref errors);
        var since = Watermark(arguments.ChangedSince, "changedSince", ref errors);
        if (arguments.After is { } after)
        {
            ApiValidation.Id(after, "after", ref errors);
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Churn, "churn", out var model, out var churn, out var problem))
        {
            return problem;
        }

        var storePath = events.Store.Path;
        var latest = events.Store.Horizon().PurchaseSeq;
        if (snapshot is not null && (snapshot.ModelVersion != model.Version || snapshot.EventSeq > latest))
        {
            return TypedResults.Problem(
                title: "Snapshot no longer served",
                detail: snapshot.ModelVersion != model.Version
                    ? $"The snapshot is of model {snapshot.ModelVersion}; {model.Version} is served now. Start a new export, or ask changedSince={snapshot.Token} for what changed."
                    : "The snapshot names events this replica's store does not hold: send it to the replica that made it.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var now = ChurnSnapshot.At(model, churn, storePath, snapshot?.EventSeq ?? latest);
        ChurnSnapshot? before = null;
        if (since is not null)
        {
            if (since.EventSeq > latest)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["changedSince"] = ["names events this replica's store does not hold: send it to the replica that made it."],
                });
            }

            var old = since.ModelVersion == model.Version ? model : await previous.LoadAsync(since.ModelVersion);
            if (old?.Bundle.Churn is not { } oldChurn)
            {
                return TypedResults.Problem(
                    title: "Watermark too old",
                    detail: $"Model {since.ModelVersion} is no longer in the registry (or has no churn scores), so what changed since cannot be told: take a full export.",
                    statusCode: StatusCodes.Status410Gone);
            }

            before = ChurnSnapshot.At(old, oldChurn, storePath, since.EventSeq);
        }

        return new ChurnExportResult(ChurnExport.Rows(now, before, arguments.After, storePath), now.Watermark, format);
    }

    private static ExportWatermark? Watermark(string? token, string name, ref Dictionary<string, string[]>? errors)
    {
        if (token is null)
        {
            return null;
        }

        if (ExportWatermark.TryParse(token, out var watermark))
        {
            return watermark;
        }

        ApiValidation.Add(ref errors, name, "is not a watermark: pass the Loyalty-Watermark header of an earlier export as it came.");
        return null;
    }
}

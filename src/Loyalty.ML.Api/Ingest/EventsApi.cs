using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Ingest.EventBodies;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Data.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Ingest;

/// <summary>
/// Purchases and offer events reported as they happen. A 200 means every accepted (and duplicate) line is durably
/// stored and already reflected in that customer's next answer; rejected and conflicting lines change nothing.
/// </summary>
internal static class EventsApi
{
    /// <summary>Maps the endpoints, requiring <c>events:write</c>.</summary>
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/events").WithTags("Events").RequireAuthorization(ApiScopes.EventsWrite)
            .RequireRateLimiting(Extensions.RateLimitingExtensions.EventWritesPolicy)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/purchases", PostPurchaseEvents)
            .Accepts<PurchaseEventsRequest>("application/json")
            .WithName(nameof(PostPurchaseEvents))
            .WithSummary($"Up to {EventValidation.MaxLines} purchase lines from a till or shop: accepted, duplicates (applied once), rejected lines with their reasons and conflicts (an id stored before with another payload).");
        api.MapPost("/offers", PostOfferEvents)
            .Accepts<OfferEventsRequest>("application/json")
            .WithName(nameof(PostOfferEvents))
            .WithSummary($"Up to {EventValidation.MaxLines} offers issued or redeemed, counted against the offer limits from then on.");
        return app;
    }

    /// <summary>Stores and applies purchase lines.</summary>
    public static async Task<Results<Ok<EventsResponse>, ValidationProblem, ProblemHttpResult>> PostPurchaseEvents(
        HttpRequest request, EventIngestor ingestor, IOptions<EventOptions> options, TimeProvider time)
    {
        var (lines, invalid, tooLarge) = await ReadAsync(request, "purchases", EventJsonContext.Default.PurchaseLine, EventValidation.Line, options.Value, time);
        if (tooLarge is not null || invalid is not null)
        {
            return tooLarge is not null ? tooLarge : invalid!;
        }

        var result = await Store([.. lines!.Select(line => EventLines.ToEvent(line!))], ingestor.AddPurchasesAsync, purchase => purchase.EventId, index => lines![index]!.EventId);
        EventMetrics.Count("purchase", result.Accepted.Count, result.Duplicates.Count, result.Rejected.Count, result.Conflicts.Count);
        return TypedResults.Ok(result);
    }

    /// <summary>Stores and applies offer events.</summary>
    public static async Task<Results<Ok<EventsResponse>, ValidationProblem, ProblemHttpResult>> PostOfferEvents(
        HttpRequest request, EventIngestor ingestor, IOptions<EventOptions> options, TimeProvider time)
    {
        var (lines, invalid, tooLarge) = await ReadAsync(request, "offers", EventJsonContext.Default.OfferLine, EventValidation.Line, options.Value, time);
        if (tooLarge is not null || invalid is not null)
        {
            return tooLarge is not null ? tooLarge : invalid!;
        }

        var result = await Store([.. lines!.Select(line => EventLines.ToEvent(line!))], ingestor.AddOffersAsync, offer => offer.EventId, index => lines![index]!.EventId);
        EventMetrics.Count("offer", result.Accepted.Count, result.Duplicates.Count, result.Rejected.Count, result.Conflicts.Count);
        return TypedResults.Ok(result);
    }

    // The lines of a body that passed every structural check, or the answer refusing it: 413 over a size limit, 400 naming every problem.
    private static async Task<(IReadOnlyList<TLine?>? Lines, ValidationProblem? Invalid, ProblemHttpResult? TooLarge)> ReadAsync<TLine>(
        HttpRequest request, string listName, JsonTypeInfo<TLine> lineType, EventValidation.LineCheck<TLine> check, EventOptions options, TimeProvider time)
        where TLine : class
    {
        var body = await EventBodyReader.ReadAsync(request, listName, lineType, EventBodyLimits.Of(options));
        if (body.TooLarge is { } tooLarge)
        {
            return (null, null, TypedResults.Problem(title: "Request body too large", detail: tooLarge, statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        var errors = body.Errors;
        EventValidation.Batch(body.Lines, listName, body.UnknownFields, ref errors);
        var latest = time.GetUtcNow() + options.MaxClockSkew;
        for (var index = 0; index < (body.Lines?.Count ?? 0); index++)
        {
            check(body.Lines![index], $"{listName}[{index}]", latest, ref errors);
        }

        return errors is null ? (body.Lines, null, null) : (null, TypedResults.ValidationProblem(errors), null);
    }

    private static async Task<EventsResponse> Store<T>(
        List<(T? Event, string? Reason)> lines, Func<IReadOnlyList<T>, Task<AppendResult>> append, Func<T, string> idOf, Func<int, string?> sentId)
        where T : class
    {
        var valid = lines.Select((line, index) => (line.Event, Index: index)).Where(line => line.Event is not null).ToList();
        var stored = valid.Count > 0 ? await append([.. valid.Select(line => line.Event!)]) : AppendResult.Empty;
        var accepted = new List<string>();
        var duplicates = new List<string>();
        var conflicts = new List<RejectedLine>();
        for (var index = 0; index < valid.Count; index++)
        {
            var id = idOf(valid[index].Event!);
            if (stored.Conflicts[index] is { } differences)
            {
                conflicts.Add(new RejectedLine(valid[index].Index, id, $"conflict: event id {id} is stored with another payload; {differences}"));
            }
            else
            {
                (stored.IsNew[index] ? accepted : duplicates).Add(id);
            }
        }

        var rejected = lines.Select((line, index) => (line.Reason, index))
            .Where(pair => pair.Reason is not null)
            .Select(pair => new RejectedLine(pair.index, sentId(pair.index), pair.Reason!))
            .ToList();
        return new EventsResponse(lines.Count, accepted, duplicates, rejected, conflicts);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Data.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Apis;

/// <summary>
/// Purchases and offer events reported as they happen. A 200 means every accepted (and duplicate) line is durably
/// stored and already reflected in that customer's next answer; rejected lines change nothing.
/// </summary>
internal static class EventsApi
{
    /// <summary>Maps the endpoints, requiring <c>events:write</c>.</summary>
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/events").WithTags("Events").RequireAuthorization(ApiScopes.EventsWrite);
        api.MapPost("/purchases", PostPurchaseEvents)
            .Accepts<PurchaseEventsRequest>("application/json")
            .WithName(nameof(PostPurchaseEvents))
            .WithSummary($"Up to {EventValidation.MaxLines} purchase lines from a till or shop: accepted, duplicates (applied once) and rejected lines with their reasons.");
        api.MapPost("/offers", PostOfferEvents)
            .Accepts<OfferEventsRequest>("application/json")
            .WithName(nameof(PostOfferEvents))
            .WithSummary($"Up to {EventValidation.MaxLines} offers issued or redeemed, counted against the offer limits from then on.");
        return app;
    }

    /// <summary>Stores and applies purchase lines.</summary>
    public static async Task<Results<Ok<EventsResponse>, ValidationProblem>> PostPurchaseEvents(
        HttpRequest request, EventIngestor ingestor, IOptions<EventOptions> options, TimeProvider time)
    {
        var (body, errors) = await ReadAsync(request, ApiJsonContext.Default.PurchaseEventsRequest);
        if (body is not null)
        {
            EventValidation.Batch(body.Purchases, "purchases", body.UnknownFields, ref errors);
            var latest = time.GetUtcNow() + options.Value.MaxClockSkew;
            for (var index = 0; index < (body.Purchases?.Count ?? 0) && index < EventValidation.MaxLines; index++)
            {
                EventValidation.Line(body.Purchases![index], $"purchases[{index}]", latest, ref errors);
            }
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var lines = body!.Purchases!.Select(line => EventLines.ToEvent(line!)).ToList();
        var result = await Store(lines, ingestor.AddPurchasesAsync, purchase => purchase.EventId, index => body.Purchases![index]!.EventId);
        EventMetrics.Count("purchase", result.Accepted.Count, result.Duplicates.Count, result.Rejected.Count);
        return TypedResults.Ok(result);
    }

    /// <summary>Stores and applies offer events.</summary>
    public static async Task<Results<Ok<EventsResponse>, ValidationProblem>> PostOfferEvents(
        HttpRequest request, EventIngestor ingestor, IOptions<EventOptions> options, TimeProvider time)
    {
        var (body, errors) = await ReadAsync(request, ApiJsonContext.Default.OfferEventsRequest);
        if (body is not null)
        {
            EventValidation.Batch(body.Offers, "offers", body.UnknownFields, ref errors);
            var latest = time.GetUtcNow() + options.Value.MaxClockSkew;
            for (var index = 0; index < (body.Offers?.Count ?? 0) && index < EventValidation.MaxLines; index++)
            {
                EventValidation.Line(body.Offers![index], $"offers[{index}]", latest, ref errors);
            }
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var lines = body!.Offers!.Select(line => EventLines.ToEvent(line!)).ToList();
        var result = await Store(lines, ingestor.AddOffersAsync, offer => offer.EventId, index => body.Offers![index]!.EventId);
        EventMetrics.Count("offer", result.Accepted.Count, result.Duplicates.Count, result.Rejected.Count);
        return TypedResults.Ok(result);
    }

    private static async Task<EventsResponse> Store<T>(
        List<(T? Event, string? Reason)> lines, Func<IReadOnlyList<T>, Task<AppendResult>> append, Func<T, string> idOf, Func<int, string?> sentId)
        where T : class
    {
        var valid = lines.Where(line => line.Event is not null).Select(line => line.Event!).ToList();
        var stored = valid.Count > 0 ? await append(valid) : new AppendResult([]);
        var accepted = new List<string>();
        var duplicates = new List<string>();
        for (var index = 0; index < valid.Count; index++)
        {
            (stored.IsNew[index] ? accepted : duplicates).Add(idOf(valid[index]));
        }

        var rejected = lines.Select((line, index) => (line.Reason, index))
            .Where(pair => pair.Reason is not null)
            .Select(pair => new RejectedLine(pair.index, sentId(pair.index), pair.Reason!))
            .ToList();
        return new EventsResponse(lines.Count, accepted, duplicates, rejected);
    }

    private static async Task<(T? Body, Dictionary<string, string[]>? Errors)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type)
        where T : class
    {
        Dictionary<string, string[]>? errors = null;
        try
        {
            var body = await JsonSerializer.DeserializeAsync(request.Body, type, request.HttpContext.RequestAborted);
            if (body is null)
            {
                ApiValidation.Add(ref errors, "body", "must be a JSON object.");
            }

            return (body, errors);
        }
        catch (JsonException exception)
        {
            ApiValidation.Add(ref errors, "body", JsonProblems.Describe(exception, type.Type, type.Options));
            return (null, errors);
        }
    }
}

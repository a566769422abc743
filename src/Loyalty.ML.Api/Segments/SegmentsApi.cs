using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Segments;

/// <summary>A customer's RFM segment.</summary>
internal static class SegmentsApi
{
    /// <summary>Maps the endpoint, requiring <c>churn:read</c> (segments are CRM data).</summary>
    public static IEndpointRouteBuilder MapSegmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1").WithTags("Segments").RequireAuthorization(ApiScopes.ChurnRead)
            .MapGet("/customers/{customerId}/segment", GetSegment)
            .WithName(nameof(GetSegment))
            .WithSummary("A customer's RFM scores (1-5) and named segment.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The segment, with purchases reported since training counted; 404 when neither the model nor the events know the customer.</summary>
    public static Results<Ok<SegmentResponse>, NotModified, ValidationProblem, ProblemHttpResult> GetSegment(
        string customerId, ModelProvider provider, EventIngestor events, ConditionalGet validators, HttpContext context)
    {
        Dictionary<string, string[]>? errors = null;
        ApiValidation.Id(customerId, nameof(customerId), ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Segments, "segments", out var model, out _, out var problem))
        {
            return problem;
        }

        var recent = events.OverlayFor(model).For(customerId);
        if (model.Bundle.Models.ForCustomer(customerId, recent).Segment is not { } segment)
        {
            return ModelProblems.Unknown("customer", customerId, model);
        }

        return validators.IsNotModified(context, CacheKeys.GetCustomerAnswerKey(model.Version, "segment", customerId, recent.Generation, recent.Fingerprint), out var notModified, profiling: true)
            ? notModified
            : TypedResults.Ok(new SegmentResponse(segment.CustomerId, segment.Recency, segment.Frequency, segment.Monetary, segment.Segment, model.Version));
    }
}

using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Apis;

/// <summary>A customer's RFM segment.</summary>
internal static class SegmentsApi
{
    /// <summary>Maps the endpoint, requiring <c>churn:read</c> (segments are CRM data).</summary>
    public static IEndpointRouteBuilder MapSegmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1").WithTags("Segments").RequireAuthorization(ApiScopes.ChurnRead)
            .MapGet("/customers/{customerId}/segment", GetSegment)
            .WithName(nameof(GetSegment))
            .WithSummary("A customer's RFM scores (1-5) and named segment.");
        return app;
    }

    /// <summary>The segment; 404 when the model does not know the customer.</summary>
    public static Results<Ok<SegmentResponse>, ValidationProblem, ProblemHttpResult> GetSegment(string customerId, ModelProvider provider)
    {
        Dictionary<string, string[]>? errors = null;
        ApiValidation.Id(customerId, nameof(customerId), ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Segments, "segments", out var model, out var segments, out var problem))
        {
            return problem;
        }

        return segments.TryGetValue(customerId, out var segment)
            ? TypedResults.Ok(new SegmentResponse(segment.CustomerId, segment.Recency, segment.Frequency, segment.Monetary, segment.Segment, model.Version))
            : ModelProblems.Unknown("customer", customerId, model);
    }
}

using System.Diagnostics;
using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Events.Durability;
using Microsoft.AspNetCore.Http.Json;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Every error as ProblemDetails, with a trace id and never a stack trace; JSON through the source-generated context.</summary>
internal static class ErrorHandlingExtensions
{
    /// <summary>Adds ProblemDetails and the JSON options.</summary>
    public static void AddApiErrors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            if (context.ProblemDetails.Status >= StatusCodes.Status500InternalServerError && context.Exception is EventStoreUnavailableException)
            {
                context.ProblemDetails.Title = "Event store unavailable";
                context.ProblemDetails.Detail = EventStoreUnavailableException.Detail;
            }
            else if (context.ProblemDetails.Status >= StatusCodes.Status500InternalServerError && context.Exception is not null)
            {
                context.ProblemDetails.Detail = "An unexpected error occurred; the trace id identifies it in the service log.";
            }
        });
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                EventStoreUnavailableException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            });
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
    }
}

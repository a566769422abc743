using System.Diagnostics;
using Loyalty.ML.Api.Events.Durability;
using Loyalty.ML.Api.Http;
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
            else if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Detail = BadRequestProblems.Describe(context.HttpContext, bad);
            }
            else if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= "Send the body as JSON with Content-Type: application/json.";
            }
        });

        // Binding failures reach the exception handler, which answers them with a detail (not an empty 400), unlogged: they are the client's.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                EventStoreUnavailableException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            };
            options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);

            // Numbers are JSON numbers both ways (the web default also reads "12.5"), so the OpenAPI document types them as numbers.
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
    }
}

using System.Reflection;
using Loyalty.ML.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.ML.Api.Docs;

/// <summary>
/// Declares the ProblemDetails answers every operation can give besides its own: 401, 403 and 429 behind a key, 413 with
/// a request body, 503 where the handler can answer that no model is served. Client generators then type them all.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    private const string ProblemType = "application/problem+json";
    private const string SchemaName = "ProblemDetails";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas.TryAdd(SchemaName, Schema());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var secured = EndpointScopes.Of(metadata.ToList()).Count > 0;
        operation.Responses ??= [];
        if (secured)
        {
            Add(operation, context, "401", "No API key, or one that is not valid (the WWW-Authenticate header names the X-Api-Key header).");
            Add(operation, context, "403", "The key lacks the scope this operation needs, or is a public key used from another origin.");
            Add(operation, context, "429", "The key's rate limit (per client address for a public key) is used up; Retry-After says when to try again.");
        }

        if (context.Description.ParameterDescriptions.Any(parameter => parameter.Source.Id == "Body"))
        {
            Add(operation, context, "413", "The body is over the size limit for this operation.");
        }

        if (metadata.OfType<MethodInfo>().Any(ReturnsProblems))
        {
            Add(operation, context, "503", "No model is served yet, or the served bundle has no model of the kind this answer needs (train first).");
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [ProblemType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(SchemaName, context.Document) },
            },
        };
    }

    private static bool ReturnsProblems(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            type = type.GetGenericArguments()[0];
        }

        return type == typeof(ProblemHttpResult) || (type.IsGenericType && type.GetGenericArguments().Contains(typeof(ProblemHttpResult)));
    }

    private static OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details: what went wrong and what was expected.",
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        },
    };
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.ML.Api.Security;

/// <summary>
/// Declares the <c>X-Api-Key</c> scheme in the OpenAPI document and requires it on every operation behind a scope
/// policy, naming the scope in the operation's description, so the browsable UI knows where to send the key.
/// </summary>
internal sealed class ApiKeyOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyDefaults.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            Name = ApiKeyDefaults.HeaderName,
            In = ParameterLocation.Header,
            Description = $"An API key from the service's configuration (ApiKeys:Keys). Each key has scopes: {string.Join(", ", ApiScopes.All)}; "
                + "an operation names the scope it needs. No key gives 401, a key without the scope 403.",
        };
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var scopes = EndpointScopes.Of(context.Description.ActionDescriptor.EndpointMetadata.ToList());
        if (scopes.Count == 0)
        {
            return Task.CompletedTask;
        }

        // For an apiKey scheme the requirement's list must stay empty (OpenAPI 3); the scope goes into the description.
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.Scheme, context.Document)] = [] });
        var needs = $"Requires an API key ({ApiKeyDefaults.HeaderName}) with the scope {string.Join(" and ", scopes.Select(any => string.Join(" or ", any.Select(scope => $"`{scope}`"))))}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? needs : $"{operation.Description}\n\n{needs}";
        return Task.CompletedTask;
    }
}

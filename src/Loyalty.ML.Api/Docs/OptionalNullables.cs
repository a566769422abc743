using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.ML.Api.Docs;

/// <summary>
/// Lists as required only the properties that are always there: a nullable property may be left out of an answer (item
/// fields trimmed by <c>fields</c>, tiles the data has no url for), and a generated client must not reject that.
/// </summary>
internal sealed class OptionalNullables : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
        {
            foreach (var name in required.Where(name => properties.TryGetValue(name, out var property) && property.Type is { } type && type.HasFlag(JsonSchemaType.Null)).ToList())
            {
                required.Remove(name);
            }
        }

        return Task.CompletedTask;
    }
}

using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Loyalty.ML.Api.Caching;

/// <summary>304 Not Modified: the client's copy (named by <c>If-None-Match</c>) is still the answer; the validators are already on the response.</summary>
internal sealed class NotModified : IResult, IEndpointMetadataProvider
{
    /// <summary>The one instance.</summary>
    public static NotModified Instance { get; } = new();

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
}

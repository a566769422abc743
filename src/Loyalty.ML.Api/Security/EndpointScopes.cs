using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Loyalty.ML.Api.Security;

/// <summary>The scopes an endpoint needs, read from its metadata: named scope policies and inline policies on the scope claim.</summary>
internal static class EndpointScopes
{
    /// <summary>
    /// Each entry is one requirement, a key must meet all: the scopes any one of which meets it. Empty when the endpoint
    /// needs no scope (or allows anonymous callers).
    /// </summary>
    public static List<IReadOnlyList<string>> Of(IReadOnlyList<object> metadata)
    {
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return [];
        }

        var named = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Where(ApiScopes.All.Contains)
            .Select(scope => (IReadOnlyList<string>)[scope]);
        var inline = metadata.OfType<AuthorizationPolicy>().SelectMany(policy => policy.Requirements).OfType<ClaimsAuthorizationRequirement>()
            .Where(requirement => requirement.ClaimType == ApiScopes.ClaimType && requirement.AllowedValues is not null)
            .Select(requirement => (IReadOnlyList<string>)[.. requirement.AllowedValues!.Where(ApiScopes.All.Contains)]);
        return [.. named.Concat(inline).Where(any => any.Count > 0).DistinctBy(any => string.Join(' ', any))];
    }
}

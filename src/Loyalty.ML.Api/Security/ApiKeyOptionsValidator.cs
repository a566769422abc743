using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Security;

/// <summary>Rejects keys that are too short, unknown scopes and nonsensical limits at start, naming the key.</summary>
internal sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var errors = new List<string>();
        foreach (var (keyName, entry) in options.Keys)
        {
            if (entry.Key.Length < ApiKeyEntry.MinimumKeyLength)
            {
                errors.Add($"ApiKeys:Keys:{keyName}:Key must be at least {ApiKeyEntry.MinimumKeyLength} characters.");
            }

            foreach (var scope in entry.Scopes.Where(scope => !ApiScopes.All.Contains(scope)))
            {
                errors.Add($"ApiKeys:Keys:{keyName}:Scopes has unknown scope '{scope}'; known: {string.Join(", ", ApiScopes.All)}.");
            }

            if (entry.PermitLimit < 1 || entry.RateLimitWindow <= TimeSpan.Zero)
            {
                errors.Add($"ApiKeys:Keys:{keyName}: PermitLimit must be at least 1 and RateLimitWindow positive.");
            }

            errors.AddRange(BrowserOrigins.Problems(keyName, entry));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

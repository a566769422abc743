using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>Refuses at start an endpoint without an http(s) URL, with a short secret or an unknown event type, naming it.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var errors = new List<string>();
        foreach (var (endpoint, entry) in options.Endpoints)
        {
            var where = $"{WebhookOptions.Section}:Endpoints:{endpoint}";
            if (!Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"{where}:Url must be an absolute http or https URL; got '{entry.Url}'.");
            }

            if (entry.Secret.Length < WebhookEndpoint.MinimumSecretLength)
            {
                errors.Add($"{where}:Secret must be at least {WebhookEndpoint.MinimumSecretLength} characters: receivers check the signature made with it.");
            }

            foreach (var type in entry.Events.Where(type => !WebhookEventTypes.All.Contains(type)))
            {
                errors.Add($"{where}:Events has unknown type '{type}'; known: {string.Join(", ", WebhookEventTypes.All)}.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

using Microsoft.Extensions.Options;

namespace Loyalty.ML.Client;

/// <summary>Adds the configured key to every request in the <c>X-Api-Key</c> header.</summary>
internal sealed class ApiKeyHandler(IOptions<LoyaltyClientOptions> options) : DelegatingHandler
{
    /// <summary>The header the service reads the key from.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HeaderName);
        request.Headers.Add(HeaderName, options.Value.ApiKey);
        return base.SendAsync(request, cancellationToken);
    }
}

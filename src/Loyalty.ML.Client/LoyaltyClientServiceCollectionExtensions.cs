using Loyalty.ML.Client.Generated;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace Loyalty.ML.Client;

/// <summary>Registers <see cref="LoyaltyApiClient"/> on an <see cref="IHttpClientFactory"/> client with the key and resilience.</summary>
public static class LoyaltyClientServiceCollectionExtensions
{
    /// <summary>Name of the HTTP client the factory builds for the API.</summary>
    public const string HttpClientName = "Loyalty.ML";

    /// <summary>
    /// Adds <see cref="LoyaltyApiClient"/> (transient; its HttpClient pooled by the factory): the key on every request,
    /// Kiota's handlers, and the standard resilience pipeline (retries of 5xx, 408 and 429 honouring Retry-After, with
    /// backoff, for safe methods only; a circuit breaker; timeouts). Returns the HTTP client's builder for more handlers.
    /// </summary>
    public static IHttpClientBuilder AddLoyaltyClient(this IServiceCollection services, Action<LoyaltyClientOptions> configure)
    {
        services.AddOptions<LoyaltyClientOptions>().Configure(configure)
            .Validate(options => options.BaseAddress is { IsAbsoluteUri: true }, "LoyaltyClientOptions.BaseAddress must be an absolute URI, e.g. http://127.0.0.1:5080.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.ApiKey), "LoyaltyClientOptions.ApiKey must be set.");
        services.TryAddTransient<ApiKeyHandler>();
        var builder = services.AddHttpClient(HttpClientName).AddHttpMessageHandler<ApiKeyHandler>();

        // Kiota's handlers (redirects, headers inspection, …) but not its retry: retries come from the resilience pipeline.
        foreach (var type in KiotaClientFactory.GetDefaultHandlerActivatableTypes().Where(type => type != typeof(RetryHandler)))
        {
            services.TryAddTransient(type);
            builder.AddHttpMessageHandler(provider => (DelegatingHandler)provider.GetRequiredService(type));
        }

        builder.AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
        services.TryAddTransient(provider =>
        {
            var options = provider.GetRequiredService<IOptions<LoyaltyClientOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
            {
                BaseUrl = options.BaseAddress!.ToString().TrimEnd('/'),
            };
            return new LoyaltyApiClient(adapter);
        });
        return builder;
    }
}

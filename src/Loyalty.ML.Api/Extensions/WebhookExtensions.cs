using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Webhooks;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Registers webhook delivery: the endpoints, the outbox in the event store's database, and the dispatcher.</summary>
internal static class WebhookExtensions
{
    /// <summary>Adds webhooks; with no endpoint configured the dispatcher does nothing.</summary>
    public static void AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();

        // No retry handler here: a failed attempt goes back to the outbox, which retries with backoff across restarts.
        builder.Services.AddHttpClient(WebhookSender.HttpClientName);
        builder.Services.AddSingleton<WebhookOutbox>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService<WebhookDispatcher>();
    }
}

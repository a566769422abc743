using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Registers event ingestion: the embedded store always; with Redis the shared stream, and the follower that applies
/// what other replicas stored and republishes this replica's outbox.
/// </summary>
internal static class EventExtensions
{
    /// <summary>Adds events.</summary>
    public static void AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<EventOptions>(EventOptions.Section);
        builder.Services.AddValidatedOptions<EventStreamOptions>(EventStreamOptions.Section);
        builder.Services.AddSingleton<IEventStream>(services => services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<RedisEventStream>(services)
            : new NoEventStream());
        builder.Services.AddSingleton<EventIngestor>();
        builder.Services.AddHostedService<EventStreamFollower>();
    }

    /// <summary>Opens the store at start, so a path that cannot be written stops the service before it takes traffic.</summary>
    public static void OpenEventStore(this WebApplication app) => app.Services.GetRequiredService<EventIngestor>();
}

using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Events.Durability;
using Loyalty.ML.Api.Events.Streaming;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Registers event ingestion: the embedded store always, with its health and scheduled backups; with Redis the shared
/// stream, and the follower that applies what other replicas stored and drains this replica's outbox.
/// </summary>
internal static class EventExtensions
{
    /// <summary>Adds events.</summary>
    public static void AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<EventOptions>(EventOptions.Section);
        builder.Services.AddValidatedOptions<EventStreamOptions>(EventStreamOptions.Section);
        builder.Services.AddValidatedOptions<EventBackupOptions>(EventBackupOptions.Section);
        builder.Services.AddSingleton<EventStoreHealth>();
        builder.Services.AddSingleton<EventStreamHealth>();
        builder.Services.AddHostedService<EventStoreBackups>();
        builder.Services.AddSingleton<IEventStream>(services => services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<RedisEventStream>(services)
            : new NoEventStream());
        builder.Services.AddSingleton<EventIngestor>();
        builder.Services.AddHostedService<EventStreamFollower>();
    }

    /// <summary>Opens and checks the store at start, so a damaged store or a path that cannot be written stops the service before it takes traffic.</summary>
    public static void OpenEventStore(this WebApplication app) => app.Services.GetRequiredService<EventIngestor>();
}

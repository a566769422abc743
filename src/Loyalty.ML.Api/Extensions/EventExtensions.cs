using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Registers event ingestion: the embedded store always, the Redis stream when Redis is configured.</summary>
internal static class EventExtensions
{
    /// <summary>Adds events.</summary>
    public static void AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<EventOptions>(EventOptions.Section);
        builder.Services.AddSingleton<IEventStream>(services => services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<RedisEventStream>(services)
            : new NoEventStream());
        builder.Services.AddSingleton<EventIngestor>();
    }

    /// <summary>Opens the store at start, so a path that cannot be written stops the service before it takes traffic.</summary>
    public static void OpenEventStore(this WebApplication app) => app.Services.GetRequiredService<EventIngestor>();
}

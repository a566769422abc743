using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Reads a replica's exposure stream on Redis as the other replicas would find it.</summary>
public static class ExposureStreamProbe
{
    /// <summary>The key of <paramref name="replica"/>'s exposure stream.</summary>
    public static string KeyOf(Replica replica) => RedisExposureStream.KeyOf(replica.Services.GetRequiredService<ExposureStore>().Origin);

    /// <summary>The ids of the lists the entries on <paramref name="stream"/> hold, in stream order (a list written twice is there twice).</summary>
    public static async Task<List<ExposureId>> IdsOnAsync(IConnectionMultiplexer redis, string stream) =>
        [.. (await redis.GetDatabase().StreamRangeAsync(stream)).SelectMany(entry => ExposureText.ParseEntry(entry["lists"]!)).Select(list => list.Id)];
}

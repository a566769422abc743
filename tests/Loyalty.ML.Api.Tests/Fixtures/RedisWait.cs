using System.Diagnostics;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Waits for a fire-and-forget write to land in Redis.</summary>
public static class RedisWait
{
    /// <summary>The value under <paramref name="key"/> once it is there (at most 5 s).</summary>
    public static async Task<string> ForValue(IDatabase database, string key)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var value = await database.StringGetAsync(key);
            if (value.HasValue)
            {
                return value.ToString();
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{key} never appeared in Redis.");
    }
}

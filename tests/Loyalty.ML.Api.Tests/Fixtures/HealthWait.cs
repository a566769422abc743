using System.Diagnostics;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Polls a health endpoint of a host until its body says what a test waits for.</summary>
public static class HealthWait
{
    /// <summary>The body of <paramref name="path"/> once <paramref name="condition"/> holds (at most <paramref name="seconds"/> s).</summary>
    public static async Task<string> Until(ApiHost host, Func<string, bool> condition, string path = "/health/ready", int seconds = 10)
    {
        var client = host.Client();
        var clock = Stopwatch.StartNew();
        var body = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            body = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
            if (condition(body))
            {
                return body;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{path} never matched; last: {body}");
    }
}

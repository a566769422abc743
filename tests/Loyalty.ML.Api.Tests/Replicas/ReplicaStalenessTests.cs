using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.Api.Tests.Fixtures;
using Xunit.Abstractions;

namespace Loyalty.ML.Api.Tests.Replicas;

/// <summary>
/// How long after replica A acknowledges a purchase replica B has applied it, over many events one at a time: with
/// write notices (the default) and with polling alone, each bounded by the one-second promise.
/// </summary>
public sealed class ReplicaStalenessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Events = 100;
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    [Theory]
    [InlineData(true, "00:00:00.250")]
    [InlineData(false, "00:00:00.050")]
    public async Task PostPurchases_OneAtATimeOnA_BAppliesEachWithinOneSecond(bool notifications, string pollInterval)
    {
        KeyValuePair<string, string?>[] settings = [new("Events:Stream:Notifications", notifications ? "true" : "false"), new("Events:Stream:PollInterval", pollInterval)];
        await using var a = Set.Start("a", settings);
        await using var b = Set.Start("b", settings);
        var till = a.Client(EventLines.TillKey);
        await EventLines.PostAsync(till, EventLines.Purchase("warm-up", "staleness-customer", Fixtures.TestBundles.KnownItem));
        await Replica.WaitUntilAsync(() => Task.FromResult(b.AppliedPurchases() == 1), TimeSpan.FromSeconds(5), "the warm-up event");

        var delays = new List<TimeSpan>();
        for (var index = 0; index < Events; index++)
        {
            await EventLines.PostAsync(till, EventLines.Purchase($"staleness-{index}", $"staleness-customer-{index % 10}", Fixtures.TestBundles.KnownItem));
            var acknowledged = Stopwatch.StartNew();
            while (b.AppliedPurchases() < index + 2 && acknowledged.Elapsed < TimeSpan.FromSeconds(2))
            {
                await Task.Delay(1);
            }

            delays.Add(acknowledged.Elapsed);
        }

        delays.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"notifications={notifications} poll={pollInterval}: p50 {delays[Events / 2].TotalMilliseconds:F1} ms, p99 {delays[Events * 99 / 100].TotalMilliseconds:F1} ms, max {delays[^1].TotalMilliseconds:F1} ms"));
        Assert.Equal(Events + 1, b.AppliedPurchases());
        Assert.InRange(delays[^1], TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }
}

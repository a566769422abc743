using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Tests.Data.Exposures;

public sealed class ExposureGapsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _folder = new();

    private string StorePath => _folder.Combine("events.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AppendFromStream_NumbersThatSkip_KeepTheGapAndSayHowManyListsAreMissing()
    {
        using var store = ExposureStore.Open(StorePath);

        var first = store.AppendFromStream(99, [List(1), List(2), List(3)], "1-0");
        var skipped = store.AppendFromStream(99, [List(7), List(8)], "2-0");
        var again = store.AppendFromStream(99, [List(8), List(12)], "3-0");

        Assert.Equal([0L, 3, 3], [first, skipped, again]);
        Assert.Equal(new ExposureGaps(2, 6), ExposureGaps.In(StorePath, DateTimeOffset.MinValue));
        Assert.False(ExposureGaps.In(StorePath, DateTimeOffset.MinValue).Complete);
    }

    [Fact]
    public void AppendFromStream_AListWrittenTwiceOrInOrder_IsNoGap()
    {
        using var store = ExposureStore.Open(StorePath);

        store.AppendFromStream(99, [List(1), List(2)], "1-0");
        store.AppendFromStream(99, [List(2), List(3)], "2-0");
        store.AppendFromStream(98, [List(1, origin: 98)], "1-0");

        Assert.Equal(ExposureGaps.None, ExposureGaps.In(StorePath, DateTimeOffset.MinValue));
        Assert.True(ExposureGaps.In(_folder.Combine("missing.db"), DateTimeOffset.MinValue).Complete);
    }

    [Fact]
    public void AppendFromStream_AStreamReadFirstPastItsStart_CountsTheListsTrimmedBeforeIt()
    {
        using var store = ExposureStore.Open(StorePath);

        Assert.Equal(4, store.AppendFromStream(99, [List(5)], "1-0"));
    }

    [Fact]
    public void Gaps_OlderThanTheRetention_ArePrunedWithTheLists()
    {
        using var store = ExposureStore.Open(StorePath);
        store.AppendFromStream(99, [List(1), List(3, minutes: 10)], "1-0");
        store.AppendFromStream(99, [List(6, minutes: 60 * 24 * 10)], "2-0");

        Assert.Equal(new ExposureGaps(1, 2), ExposureGaps.In(StorePath, Start.AddDays(1)));
        store.Prune(maxRows: 1_000, before: Start.AddDays(1));

        Assert.Equal(new ExposureGaps(1, 2), ExposureGaps.In(StorePath, DateTimeOffset.MinValue));
    }

    private static ServedList List(long sequence, int minutes = 0, long origin = 99) =>
        new(new ExposureId(origin, sequence), "C1", "personal", "v1", ["I1", "I2"], Start.AddMinutes(minutes + sequence));
}

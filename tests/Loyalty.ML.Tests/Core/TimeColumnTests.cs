using CsCheck;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Core;

/// <summary>
/// Every line reads back the time it was added with, to the tick and the kind: whole seconds of one kind within the
/// 32-bit span of the first line stay in 4 bytes a line; a fraction of a second, another kind, a local time or a line
/// past the span turns the column into whole times, keeping the lines before it.
/// </summary>
public sealed class TimeColumnTests
{
    private const long SpanEdge = int.MaxValue * TimeSpan.TicksPerSecond;

    [Fact]
    public void Add_WholeSecondsOfOneKindWithinTheSpan_ReadBackExactlyInFourBytes()
    {
        Gen.Select(Origins, Gen.Bool, Gen.Int[1, 3000], Gen.Int[0, int.MaxValue]).Sample(
            (origin, utc, count, seed) =>
            {
                var random = new Random(seed);
                var kind = utc ? DateTimeKind.Utc : DateTimeKind.Unspecified;
                var first = new DateTime(origin, kind);
                var times = Enumerable.Range(0, count)
                    .Select(line => line == 0 ? first : first.AddTicks(WholeSecondsWithinTheSpan(random) * TimeSpan.TicksPerSecond))
                    .ToArray();

                var lines = Filled(times);

                AssertReadBack(times, lines);
                Assert.False(lines.Time.IsExact);
            },
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void Add_FractionsOtherKindsAndFarLinesAmongWholeSeconds_ReadBackExactly()
    {
        Gen.Select(Origins, Gen.Int[1, 3000], Gen.Int[0, int.MaxValue], Gen.Double[0, 0.05]).Sample(
            (origin, count, seed, oddRate) =>
            {
                var random = new Random(seed);
                var first = new DateTime(origin, DateTimeKind.Utc);
                var times = Enumerable.Range(0, count)
                    .Select(line => line == 0 ? first : random.NextDouble() < oddRate ? Odd(random, first) : first.AddTicks(WholeSecondsWithinTheSpan(random) * TimeSpan.TicksPerSecond))
                    .ToArray();

                var lines = Filled(times);

                AssertReadBack(times, lines);
                Assert.Equal(!times.All(time => IsWholeSecondsOfOneKindWithinTheSpan(first, time)), lines.Time.IsExact);
            },
            iter: 300,
            threads: 1);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(SpanEdge, false)]
    [InlineData(SpanEdge + TimeSpan.TicksPerSecond, true)]
    [InlineData(-SpanEdge - TimeSpan.TicksPerSecond, false)]
    [InlineData(-SpanEdge - (2 * TimeSpan.TicksPerSecond), true)]
    [InlineData(1, true)]
    [InlineData(-TimeSpan.TicksPerMillisecond, true)]
    public void Add_LineAtTheSpansEdges_KeepsItsTimeAndWidensOnlyPastThem(long offsetTicks, bool widens)
    {
        var first = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        DateTime[] times = [first, first.AddTicks(offsetTicks), first.AddSeconds(1)];

        var lines = Filled(times);

        AssertReadBack(times, lines);
        Assert.Equal(widens, lines.Time.IsExact);
    }

    [Fact]
    public void Add_FirstLineWithAFraction_SecondsCountFromItsWholeSecond()
    {
        var first = new DateTime(2024, 3, 1, 9, 30, 15, 250, DateTimeKind.Utc);
        DateTime[] times = [first, first.AddMilliseconds(750)];

        var lines = Filled(times);

        AssertReadBack(times, lines);
        Assert.True(lines.Time.IsExact);
    }

    [Theory]
    [InlineData(DateTimeKind.Utc, DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Unspecified, DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Utc, DateTimeKind.Local)]
    [InlineData(DateTimeKind.Local, DateTimeKind.Local)]
    public void Add_KindOtherThanTheFirstLinesOrLocal_KeepsEveryLinesKind(DateTimeKind firstKind, DateTimeKind laterKind)
    {
        var first = new DateTime(2024, 3, 1, 9, 30, 15, firstKind);
        DateTime[] times = [first, first.AddHours(1), new DateTime(first.AddHours(2).Ticks, laterKind), first.AddHours(3)];

        var lines = Filled(times);

        AssertReadBack(times, lines);
        Assert.True(lines.Time.IsExact);
    }

    // Year 1900 to 2100: the span's 68 years either way stay inside DateTime's range.
    private static Gen<long> Origins { get; } =
        Gen.Long[new DateTime(1900, 1, 1).Ticks / TimeSpan.TicksPerSecond, new DateTime(2100, 1, 1).Ticks / TimeSpan.TicksPerSecond]
            .Select(seconds => seconds * TimeSpan.TicksPerSecond);

    // Mostly near the first line, as a history is; a few at the span's edges.
    private static long WholeSecondsWithinTheSpan(Random random) => random.Next(10) switch
    {
        0 => int.MaxValue - random.Next(3),
        1 => int.MinValue + random.Next(3),
        _ => random.Next(-3 * 365 * 86_400, 3 * 365 * 86_400),
    };

    private static DateTime Odd(Random random, DateTime first) => random.Next(3) switch
    {
        0 => first.AddTicks((random.Next(-86_400, 86_400) * TimeSpan.TicksPerSecond) + random.Next(1, (int)TimeSpan.TicksPerSecond)),
        1 => DateTime.SpecifyKind(first.AddSeconds(random.Next(86_400)), random.Next(2) == 0 ? DateTimeKind.Unspecified : DateTimeKind.Local),
        _ => first.AddTicks((random.Next(2) == 0 ? 1 : -1) * (SpanEdge + ((1 + random.Next(86_400)) * TimeSpan.TicksPerSecond))),
    };

    private static bool IsWholeSecondsOfOneKindWithinTheSpan(DateTime first, DateTime time) =>
        time.Kind == first.Kind && (time.Ticks - first.Ticks) % TimeSpan.TicksPerSecond == 0
        && (time.Ticks - first.Ticks) / TimeSpan.TicksPerSecond is >= int.MinValue and <= int.MaxValue;

    private static TransactionLines Filled(DateTime[] times)
    {
        var lines = new TransactionLines();
        foreach (var time in times)
        {
            lines.Add(0, 0, 0, time, 1, 1);
        }

        lines.TrimExcess();
        return lines;
    }

    private static void AssertReadBack(DateTime[] times, TransactionLines lines)
    {
        Assert.Equal(times.Length, lines.Count);
        Assert.Equal(times.Select(time => (time.Ticks, time.Kind)), Enumerable.Range(0, lines.Count).Select(line => (lines.Time[line].Ticks, lines.Time[line].Kind)));
    }
}

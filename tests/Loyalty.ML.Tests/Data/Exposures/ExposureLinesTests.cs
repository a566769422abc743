using System.Text;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Tests.Data.Exposures;

/// <summary>A batch written straight as UTF-8 holds what the text path holds: the library's entry lines, byte for byte.</summary>
public sealed class ExposureLinesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ServedList[] Lists =
    [
        new(new ExposureId(4_611_686_018_427_387_904, 1), "C1", "personal", "v1", ["I1", "I2"], Start),
        new(new ExposureId(7, 2), "Cé漢", "cross-sell", "2026-03-01T09.00.00Z", ["Ï9", "😀", ""], Start.AddDays(-20_000), "cart", "challenge-v3"),
        new(new ExposureId(7, long.MaxValue), "C3", "buy-again", "v2", [], Start.AddMilliseconds(1), null, "exp"),
        new(new ExposureId(7, 4), "C4", "up-sell", "v1", ["I7"], Start, "email"),
    ];

    [Fact]
    public void TryAdd_ListsWithAndWithoutOptionalFields_AreTheLinesOfTheLibrarysEntryText()
    {
        var lines = Write(Lists);
        var texts = Lists.Select(ExposureText.Format).ToList();

        Assert.Equal(ExposureText.Entry(Lists, texts), Encoding.UTF8.GetString(lines.Bytes(0, Lists.Length).Span));
        Assert.Equal(ExposureText.Entry(Lists, texts, 1, 2), Encoding.UTF8.GetString(lines.Bytes(1, 2).Span));
        Assert.True(lines.Bytes(2, 0).IsEmpty);
        Assert.Equal(Lists.Select(list => list.CustomerId), Enumerable.Range(0, Lists.Length).Select(line => Encoding.UTF8.GetString(lines.Customer(line))));
        Assert.Equal(Lists.Select(list => list.ServedAt.ToUnixTimeMilliseconds()), Enumerable.Range(0, Lists.Length).Select(lines.ServedMs));
        Assert.Equal(texts, Enumerable.Range(0, Lists.Length).Select(line => Encoding.UTF8.GetString(lines.Text(line))));
    }

    [Fact]
    public void TryAdd_AnIdOrNameHoldingAControlCharacter_IsRefusedAndWritesNothing()
    {
        var lines = Write(Lists[..1]);
        var written = lines.Bytes(0, 1).ToArray();
        var list = Lists[1];
        IReadOnlyList<string> items = list.Items;

        Assert.False(lines.TryAdd(list.Id, "C\u001F1", 0, list.Kind, list.ModelVersion, null, null, items, static item => item));
        Assert.False(lines.TryAdd(list.Id, list.CustomerId, 0, list.Kind, list.ModelVersion, null, null, (string[])[.. items, "I\n4"], static item => item));
        Assert.False(lines.TryAdd(list.Id, list.CustomerId, 0, list.Kind, list.ModelVersion, "ca\u001Ert", null, items, static item => item));
        Assert.False(lines.TryAdd(list.Id, list.CustomerId, 0, list.Kind, "v\r1", null, null, items, static item => item));

        Assert.Equal(1, lines.Count);
        Assert.Equal(written, lines.Bytes(0, 1).ToArray());
    }

    [Fact]
    public void Abandon_BytesHandedOutBefore_AreNotOverwrittenByTheNextBatch()
    {
        var lines = Write(Lists);
        var handedOut = lines.Bytes(0, Lists.Length);
        var copy = handedOut.ToArray();

        lines.Abandon();
        Write(Lists.Reverse().ToArray(), lines);

        Assert.Equal(copy, handedOut.ToArray());
        Assert.Equal(Lists.Length, lines.Count);
    }

    private static ExposureLines Write(IReadOnlyList<ServedList> lists, ExposureLines? lines = null)
    {
        lines ??= new ExposureLines();
        foreach (var list in lists)
        {
            Assert.True(lines.TryAdd(list.Id, list.CustomerId, list.ServedAt.ToUnixTimeMilliseconds(), list.Kind, list.ModelVersion, list.Surface, list.Experiment, list.Items, static item => item));
        }

        return lines;
    }
}

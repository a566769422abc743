using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Tests.Data.Exposures;

public sealed class ExposureTextTests
{
    private static readonly ServedList Plain = new(
        new ExposureId(long.MaxValue, 12), "C1", "personal", "v2", ["I1", "I 2", "Ï3"], new DateTimeOffset(2026, 3, 1, 9, 0, 0, 7, TimeSpan.Zero));

    [Fact]
    public void Parse_FormattedListsWithAndWithoutOptionalFields_GivesThemBack()
    {
        ServedList[] lists = [Plain, Plain with { Surface = "cart", Experiment = "challenge-v3", Items = [] }];

        var read = lists.Select(list => ExposureText.Parse(list.CustomerId, list.ServedAt.ToUnixTimeMilliseconds(), ExposureText.Format(list))).ToList();

        Assert.All(lists.Zip(read), pair => AssertSame(pair.First, pair.Second));
    }

    [Fact]
    public void ParseEntry_AnEntryOfSeveralLists_GivesThemBackInOrder()
    {
        ServedList[] lists = [Plain, Plain with { CustomerId = "C2", Id = new ExposureId(5, 13), Surface = "home" }];

        var read = ExposureText.ParseEntry(ExposureText.Entry(lists, [.. lists.Select(ExposureText.Format)]));

        Assert.Equal(2, read.Count);
        Assert.All(lists.Zip(read), pair => AssertSame(pair.First, pair.Second));
    }

    [Fact]
    public void Entry_ARangeOfLists_IsTheEntryOfThoseListsAlone()
    {
        ServedList[] lists =
        [
            Plain,
            Plain with { CustomerId = "C2", ServedAt = new DateTimeOffset(1969, 7, 20, 20, 17, 0, TimeSpan.Zero) },
            Plain with { CustomerId = "C3", Items = [.. Enumerable.Range(0, 100).Select(item => $"ITEM-{item:D6}")], Surface = "email" },
            Plain with { CustomerId = "C4" },
        ];
        var texts = lists.Select(ExposureText.Format).ToArray();

        var entry = ExposureText.Entry(lists, texts, 1, 2);

        Assert.Equal(ExposureText.Entry(lists[1..3], texts[1..3]), entry);
        var read = ExposureText.ParseEntry(entry);
        Assert.Equal(2, read.Count);
        Assert.All(lists[1..3].Zip(read), pair => AssertSame(pair.First, pair.Second));
    }

    [Theory]
    [InlineData("C1\u001E17")]
    [InlineData("C1\u001Ex\u001E1\u001E2\u001Epersonal\u001Ev1\u001E\u001E\u001EI1")]
    [InlineData("C1\u001E17\u001E1\u001E2\u001Epersonal\u001Ev1\u001E\u001EI1")]
    [InlineData("C1\u001E17\u001E99999999999999999999\u001E2\u001Epersonal\u001Ev1\u001E\u001E\u001EI1")]
    [InlineData("C1\u001E999999999999999999\u001E1\u001E2\u001Epersonal\u001Ev1\u001E\u001E\u001EI1")]
    public void ParseEntry_ADamagedLine_IsAFormatError(string entry)
    {
        Assert.Throws<FormatException>(() => ExposureText.ParseEntry(entry));
        Assert.Throws<FormatException>(() => ExposureText.ParseRows(entry));
    }

    [Fact]
    public void ParseRows_AnEntry_GivesTheStoredRowsBackLeavingOutListsWithControlCharacters()
    {
        ServedList[] lists = [Plain, Plain with { CustomerId = "C\t2" }, Plain, Plain with { CustomerId = "C4", Surface = "home" }];
        var texts = lists.Select(list => ExposureText.Format(list with { CustomerId = "C" })).ToArray();

        // As another replica's writer could put them on the stream: this side never formats such a list.
        texts[2] = texts[2].Replace("I1", "I\u00011", StringComparison.Ordinal);

        var rows = ExposureText.ParseRows(ExposureText.Entry(lists, texts));

        Assert.Equal([new ExposureRow("C1", Plain.ServedAt.ToUnixTimeMilliseconds(), texts[0]), new ExposureRow("C4", Plain.ServedAt.ToUnixTimeMilliseconds(), texts[3])], rows);
    }

    [Fact]
    public void Format_AnIdHoldingAControlCharacter_IsRefusedNotWrittenBroken()
    {
        Assert.Throws<ArgumentException>(() => ExposureText.Format(Plain with { Items = ["I1", "I\u001F2"] }));
        Assert.Throws<ArgumentException>(() => ExposureText.Format(Plain with { Experiment = "e\u001E1" }));
    }

    [Fact]
    public void CanFormat_AnIdHoldingAControlCharacter_IsRefused()
    {
        Assert.True(ExposureText.CanFormat(Plain));
        Assert.False(ExposureText.CanFormat(Plain with { Items = ["I1", "I\u001F2"] }));
        Assert.False(ExposureText.CanFormat(Plain with { CustomerId = "C\n1" }));
        Assert.False(ExposureText.CanFormat(Plain with { Surface = "cart\u001E" }));
    }

    private static void AssertSame(ServedList expected, ServedList actual)
    {
        Assert.Equal(expected.Items, actual.Items);
        Assert.Equal(expected with { Items = [] }, actual with { Items = [] });
    }
}

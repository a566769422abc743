using System.Text;
using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Tests.Exposures;

/// <summary>The stream entries the writer builds as UTF-8 are the entries the readers parse: the library's text, cut every 200 lists.</summary>
public sealed class ExposureEntriesTests
{
    [Fact]
    public void Entries_ABatchOfLists_AreTheLibrarysEntryTextInUtf8CutEvery200Lists()
    {
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var lists = Enumerable.Range(1, 450)
            .Select(number => new ServedList(new ExposureId(77, number), $"C{number}é", "personal", "v1", ["I1", $"Ï{number}"], start.AddSeconds(number), number % 3 == 0 ? "cart" : null))
            .ToList();
        var texts = lists.ConvertAll(ExposureText.Format);
        var entries = new ExposureEntries();
        Assert.True(entries.Lines.TryAdd(new ExposureId(1, 1), "stale", 1, "personal", "v0", null, null, ["left over from the last batch"], static item => item));
        entries.Clear();

        foreach (var list in lists)
        {
            Assert.True(entries.Lines.TryAdd(list.Id, list.CustomerId, list.ServedAt.ToUnixTimeMilliseconds(), list.Kind, list.ModelVersion, list.Surface, list.Experiment, list.Items, static item => item));
        }

        var written = entries.Entries().Select(entry => Encoding.UTF8.GetString(entry.Span)).ToList();
        Assert.Equal(450, entries.Count);
        Assert.Equal([ExposureText.Entry(lists, texts, 0, 200), ExposureText.Entry(lists, texts, 200, 200), ExposureText.Entry(lists, texts, 400, 50)], written);
        Assert.Equal(lists.Select(list => list.Id), written.SelectMany(ExposureText.ParseEntry).Select(list => list.Id));
    }
}

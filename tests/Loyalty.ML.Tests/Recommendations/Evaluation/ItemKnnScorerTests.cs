using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class ItemKnnScorerTests
{
    [Fact]
    public void Score_ListsCutUnsorted_SameBitsAsFromTheSortedCut()
    {
        var random = new Random(4);
        const int Items = 300;
        var rows = Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, random.Next(2, 50)).Select(_ => random.Next(Items)).Distinct().Order().ToArray()).ToArray();
        var offsets = rows.Select(row => row.Length).Prepend(0).ToArray();
        for (var row = 1; row < offsets.Length; row++)
        {
            offsets[row] += offsets[row - 1];
        }

        var history = new CsrMatrix(rows.Length, Items, offsets, [.. rows.SelectMany(row => row)], [.. rows.SelectMany(row => row.Select(_ => 1f))]);
        var sorted = new ItemKnnScorer(history, CoOccurrence.Build(history, CoOccurrenceMeasure.Jaccard, 40, threads: 1));
        var unsorted = new ItemKnnScorer(history, CoOccurrence.Build(history, CoOccurrenceMeasure.Jaccard, 40, threads: 2, sorted: false));
        var expected = new float[Items];
        var scores = new float[Items];

        for (var customer = 0; customer < rows.Length; customer++)
        {
            sorted.Score(customer, expected);
            unsorted.Score(customer, scores);

            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), scores.Select(BitConverter.SingleToInt32Bits));
        }
    }
}

using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class PersonalScoresTests
{
    [Theory]
    [InlineData(1, 1003, false)]
    [InlineData(2, 64, false)]
    [InlineData(3, 5, false)]
    [InlineData(4, 37, true)]
    public void Combine_OnePass_SameBitsAsScalingAndAddingInSeparatePasses(int seed, int length, bool flatKnn)
    {
        var random = new Random(seed);
        var als = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 3 - 1)).ToArray();
        var knn = Enumerable.Range(0, length).Select(_ => flatKnn ? 0.25f : (float)random.NextDouble()).ToArray();
        var expected = SeparatePasses(als, knn, 0.6f);

        PersonalScores.Combine(als, knn, 0.6f);

        Assert.Equal(expected, als);
    }

    [Fact]
    public void TieBreak_SamePopularityAskedAgain_SameBitsAsScalingByItsMaximum()
    {
        var shop = RecommenderTestData.Recommender().Model;
        var items = shop.Popularity.Length;

        // The largest last, so the first items - 1 have another maximum.
        var model = shop with { Popularity = Enumerable.Range(1, items).Select(rank => rank * 0.5f).ToArray() };
        var expected = new float[items];
        TensorPrimitives.Multiply(model.Popularity, 1e-4f / TensorPrimitives.Max(model.Popularity), expected);
        var shorter = new float[items - 1];
        TensorPrimitives.Multiply(model.Popularity.AsSpan(0, items - 1), 1e-4f / TensorPrimitives.Max(model.Popularity.AsSpan(0, items - 1)), shorter);
        var (first, second, again) = (new float[items], new float[items - 1], new float[items]);

        PersonalScores.TieBreak(model, first);
        PersonalScores.TieBreak(model, second);
        PersonalScores.TieBreak(model, again);

        Assert.Equal(expected, first);
        Assert.Equal(shorter, second);
        Assert.Equal(expected, again);
    }

    private static float[] SeparatePasses(float[] als, float[] knn, float weight)
    {
        var (scores, other) = (als.ToArray(), knn.ToArray());
        ScaleToUnit(scores);
        ScaleToUnit(other);
        TensorPrimitives.Multiply(scores, weight, scores);
        TensorPrimitives.MultiplyAdd(other, 1 - weight, scores, scores);
        return scores;
    }

    private static void ScaleToUnit(Span<float> scores)
    {
        var (low, high) = (TensorPrimitives.Min(scores), TensorPrimitives.Max(scores));
        if (high > low)
        {
            TensorPrimitives.Subtract(scores, low, scores);
            TensorPrimitives.Multiply(scores, 1 / (high - low), scores);
        }
        else
        {
            scores.Clear();
        }
    }
}

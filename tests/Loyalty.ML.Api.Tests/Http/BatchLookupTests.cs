using Loyalty.ML.Api.Http;


namespace Loyalty.ML.Api.Tests.Http;

public sealed class BatchLookupTests
{
    private static readonly Dictionary<string, double> Scores = new(StringComparer.Ordinal) { ["a"] = 0.5, ["b"] = double.NaN, ["c"] = 0.25 };

    [Fact]
    public void Split_WithAnUnusableValue_ListsItApartAndAnswersTheRestInOrder()
    {
        var (found, unknown, unusable) = BatchLookup.Split<double, string>(["c", "x", "b", "a"], Scores.TryGetValue, double.IsFinite, (id, score) => $"{id}={score}");

        Assert.Equal(["c=0.25", "a=0.5"], found);
        Assert.Equal(["x"], unknown);
        Assert.Equal(["b"], unusable);
    }
}

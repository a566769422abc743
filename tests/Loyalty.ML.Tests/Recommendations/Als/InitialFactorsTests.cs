using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class InitialFactorsTests
{
    [Fact]
    public void Draw_SameIdAtAnotherIndex_StartsFromTheSameFactors()
    {
        var first = InitialFactors.Draw(Matrix(rows: 2, filled: [0, 1]), ["a", "b"], seed: 7, factors: 4);
        var swapped = InitialFactors.Draw(Matrix(rows: 2, filled: [0, 1]), ["b", "a"], seed: 7, factors: 4);

        Assert.Equal(first[..4], swapped[4..]);
        Assert.Equal(first[4..], swapped[..4]);
        Assert.NotEqual(first[..4], first[4..]);
        Assert.All(first, value => Assert.InRange(value, 0f, 0.01f));
    }

    [Fact]
    public void Draw_RowWithoutEntries_StartsAtZero()
    {
        var values = InitialFactors.Draw(Matrix(rows: 2, filled: [1]), ["a", "b"], seed: 7, factors: 4);

        Assert.All(values[..4], value => Assert.Equal(0f, value));
        Assert.Contains(values[4..], value => value > 0f);
    }

    [Fact]
    public void Draw_OtherSeed_StartsElsewhere()
    {
        var matrix = Matrix(rows: 1, filled: [0]);

        Assert.NotEqual(InitialFactors.Draw(matrix, ["a"], seed: 7, factors: 4), InitialFactors.Draw(matrix, ["a"], seed: 8, factors: 4));
    }

    [Fact]
    public void Draw_RowsOverSeveralParallelRanges_EachRowAsDrawnAlone()
    {
        // 2,500 rows: three ranges of 1,024, drawn on the pool's threads; every fifth row empty.
        var filled = Enumerable.Range(0, 2_500).Where(row => row % 5 != 0).ToArray();
        string[] ids = [.. Enumerable.Range(0, 2_500).Select(row => $"id{row}")];

        var values = InitialFactors.Draw(Matrix(rows: 2_500, filled), ids, seed: 7, factors: 8);

        for (var row = 0; row < ids.Length; row++)
        {
            var alone = row % 5 != 0 ? InitialFactors.Draw(Matrix(rows: 1, filled: [0]), [ids[row]], seed: 7, factors: 8) : new float[8];
            Assert.Equal(alone, values.AsSpan(row * 8, 8).ToArray());
        }
    }

    private static CsrMatrix Matrix(int rows, int[] filled)
    {
        var offsets = new int[rows + 1];
        foreach (var row in filled)
        {
            offsets[row + 1] = 1;
        }

        for (var row = 0; row < rows; row++)
        {
            offsets[row + 1] += offsets[row];
        }

        return new CsrMatrix(rows, 1, offsets, new int[filled.Length], Enumerable.Repeat(1f, filled.Length).ToArray());
    }
}

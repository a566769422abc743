using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Tests.Simulation;

public sealed class SampleRandomTests
{
    [Fact]
    public void NextUInt64_SameSeedAndStream_GivesSameSequence()
    {
        var (a, b) = (new SampleRandom(7, 3), new SampleRandom(7, 3));

        Assert.Equal(Enumerable.Range(0, 5).Select(_ => a.NextUInt64()), Enumerable.Range(0, 5).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void NextUInt64_DifferentStreams_GiveDifferentSequences()
    {
        var (a, b) = (new SampleRandom(7, 3), new SampleRandom(7, 4));

        Assert.NotEqual(a.NextUInt64(), b.NextUInt64());
    }

    [Fact]
    public void Next_ManyDraws_StayInRangeAndCoverIt()
    {
        var random = new SampleRandom(1, 0);
        var seen = new int[5];

        for (var i = 0; i < 1_000; i++)
        {
            seen[random.Next(5)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 150, 250));
    }

    [Fact]
    public void Pick_CumulativeWeights_DrawsInProportion()
    {
        var random = new SampleRandom(2, 0);
        double[] cumulative = [1, 1, 4];
        var seen = new int[3];

        for (var i = 0; i < 4_000; i++)
        {
            seen[random.Pick(cumulative)]++;
        }

        Assert.InRange(seen[0], 850, 1_150);
        Assert.Equal(0, seen[1]);
        Assert.InRange(seen[2], 2_850, 3_150);
    }

    [Fact]
    public void StochasticRound_Fraction_KeepsTheMean()
    {
        var random = new SampleRandom(3, 0);

        var total = Enumerable.Range(0, 10_000).Sum(_ => random.StochasticRound(2.25));

        Assert.InRange(total / 10_000.0, 2.2, 2.3);
    }
}

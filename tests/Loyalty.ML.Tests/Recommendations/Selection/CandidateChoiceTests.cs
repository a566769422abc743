using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Selection;

namespace Loyalty.ML.Tests.Recommendations.Selection;

public sealed class CandidateChoiceTests
{
    [Fact]
    public void Make_ClearlyBetterCandidateOnEnoughCustomers_IsChosenEvenWhenAnotherLeadsTheDecidingSplit()
    {
        // The deciding split is small and noisy: popularity leads there. The other choice split has 600 customers on
        // which EASE has 1.5× every other candidate's NDCG: the rule never passes over it.
        var deciding = Split(40, ("popularity", 0.30, 0.2, 0), ("ease", 0.25, 0.2, 3));
        var large = Split(600, ("popularity", 0.20, 0.1, 0), ("ease", 0.30, 0.1, 3));

        var choice = CandidateChoice.Make(["popularity", "ease"], deciding, [large]);

        Assert.Equal("ease", choice.Chosen);
        Assert.Contains("clearly better", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Make_LeaderBeyondTheNoise_IsChosenAndTheComparisonSaysSo()
    {
        var deciding = Split(800, ("als", 0.20, 0.05, 0), ("ease", 0.18, 0.05, 3));

        var choice = CandidateChoice.Make(["als", "ease"], deciding, []);

        Assert.Equal("als", choice.Chosen);
        Assert.True(choice.Comparison.Distinguishable);
        Assert.InRange(choice.Comparison.Difference, 0.019, 0.021);
        Assert.Null(choice.Pooled);
    }

    [Fact]
    public void Make_LeaderInsideTheNoise_LetsThePooledEvidenceOfBothProtocolsDecide()
    {
        var deciding = Split(60, ("als", 0.21, 0.3, 0), ("ease", 0.20, 0.3, 3));
        var other = Split(900, ("als", 0.18, 0.05, 0), ("ease", 0.20, 0.05, 3));

        var choice = CandidateChoice.Make(["als", "ease"], deciding, [other]);

        Assert.False(choice.Comparison.Distinguishable);
        Assert.Equal("ease", choice.Chosen);
        Assert.Equal(960, choice.Pooled!.Customers);
        Assert.Contains("not distinguishable", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Make_LeaderBeyondTheNoiseOnTheDecidingSplit_NeverAsksForTheOtherProtocolsSplits()
    {
        var deciding = Split(800, ("als", 0.20, 0.05, 0), ("ease", 0.18, 0.05, 3));
        var asked = 0;

        var choice = CandidateChoice.Make(["als", "ease"], deciding, () => { asked++; return []; });

        Assert.Equal("als", choice.Chosen);
        Assert.Equal(0, asked);
    }

    [Fact]
    public void Make_LeaderInsideTheNoise_AsksForTheOtherProtocolsSplitsOnce()
    {
        var deciding = Split(60, ("als", 0.21, 0.3, 0), ("ease", 0.20, 0.3, 3));
        var other = Split(900, ("als", 0.18, 0.05, 0), ("ease", 0.20, 0.05, 3));
        var asked = 0;

        var choice = CandidateChoice.Make(["als", "ease"], deciding, () => { asked++; return [other]; });

        Assert.Equal(1, asked);
        Assert.Equal("ease", choice.Chosen);
        Assert.Equal(960, choice.Pooled!.Customers);
    }

    [Fact]
    public void Make_LeaderBeyondTheNoiseOnTheDecidingSplit_IsNotOverturnedByAClearWinnerTheOtherProtocolWouldHave()
    {
        // The deciding split tells the two apart; the other protocol, not asked, would have EASE at 1.5×.
        var deciding = Split(800, ("als", 0.20, 0.05, 0), ("ease", 0.18, 0.05, 3));
        var other = Split(600, ("als", 0.20, 0.1, 0), ("ease", 0.30, 0.1, 3));

        var choice = CandidateChoice.Make(["als", "ease"], deciding, [other]);

        Assert.Equal("als", choice.Chosen);
        Assert.Contains("beyond the noise on the deciding split", choice.Reason, StringComparison.Ordinal);
    }

    // Per candidate, customer NDCGs spread around the mean (mean ± spread); a shift pairs the customers differently, so differences are noisy.
    private static Dictionary<string, RankingReport> Split(int customers, params (string Name, double Mean, double Spread, int Shift)[] candidates) =>
        candidates.ToDictionary(
            candidate => candidate.Name,
            candidate =>
            {
                var values = Enumerable.Range(candidate.Shift, customers).Select(customer => candidate.Mean + (candidate.Spread * (customer % 2 == 0 ? 1 : -1) * ((customer % 7) / 6.0))).ToArray();
                return new RankingReport(candidate.Name, 10, values.Average(), 0, 0, 0, 0, customers) { CustomerNdcg = values };
            });
}

using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;
using Loyalty.ML.Data;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Churn;

/// <summary>The reasons of every customer scored on the sample and on Online Retail, checked against their scores.</summary>
public sealed partial class ChurnScoringTests
{
    private const int HorizonDays = 90;

    // A share of customers or of spend (" 40% of their buyers") is a fact; a chance, probability or likelihood is a second score.
    [System.Text.RegularExpressions.GeneratedRegex(@"chance|probabilit|likel|P\(|\d+(\.\d+)?% (that|of no|the customer)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StatesAProbability();

    [Theory]
    [InlineData("sample")]
    [InlineData("online-retail")]
    public void Explain_EveryScoredCustomer_NoReasonContradictsTheScore(string data)
    {
        var options = new ChurnOptions();
        var timeline = CustomerTimelineBuilder.Build(History(data));
        var training = StackedExamples.Build(timeline, timeline.LastDay - options.HorizonDays, options);
        var model = ChurnModel.Fit(options, training.Features, training.Labels);
        var snapshot = ChurnFeatureBuilder.Build(timeline, timeline.LastDay);
        BuyTillYouDieFeatures.FitAndFill(snapshot, options.HorizonDays);

        var (probabilities, reasons) = ChurnScoring.Explain(snapshot, model, options);

        var contradictions = Enumerable.Range(0, snapshot.Count)
            .SelectMany(row => Contradictions(probabilities[row] >= options.MediumRiskThreshold, snapshot[row, ChurnFeature.PurchaseDays] <= 1, reasons[row]).Select(problem => $"{row}: {problem}"))
            .ToList();
        Assert.True(contradictions.Count == 0, $"{contradictions.Count} contradictions, e.g. {string.Join("; ", contradictions.Take(5))}");
        Assert.All(reasons, list => Assert.InRange(list.Count, 1, 3));
    }

    [Fact]
    public void PredictWithContributions_ABlockOfRows_SameAsThoseRowsOfEveryRowAtOnce()
    {
        var options = new ChurnOptions();
        var timeline = CustomerTimelineBuilder.Build(History("sample"));
        var training = StackedExamples.Build(timeline, timeline.LastDay - options.HorizonDays, options);
        var model = ChurnModel.Fit(options, training.Features, training.Labels);
        var snapshot = ChurnFeatureBuilder.Build(timeline, timeline.LastDay);
        BuyTillYouDieFeatures.FitAndFill(snapshot, options.HorizonDays);
        var (first, rows) = (snapshot.Count / 3, snapshot.Count / 2);

        var (all, allContributions) = model.PredictWithContributions(snapshot.Features, 12);
        var (block, blockContributions) = model.PredictWithContributions(snapshot.Features, first, rows, 12);

        Assert.Equal(all[first..(first + rows)], block);
        Assert.Equal(allContributions[first..(first + rows)], blockContributions);
    }

    private static IEnumerable<string> Contradictions(bool atRisk, bool onePurchaseDay, IReadOnlyList<ChurnReason> reasons)
    {
        var counterpointSeen = false;
        foreach (var reason in reasons)
        {
            var pointsWithTheScore = reason.Contribution > 0 == atRisk;
            if (!reason.Counterpoint && !pointsWithTheScore)
            {
                yield return $"'{reason.Sentence}' points against a score {(atRisk ? "at" : "not at")} risk without being labelled a counterpoint";
            }

            if (reason.Counterpoint && (pointsWithTheScore || !reason.Sentence.StartsWith(ChurnReason.CounterpointLabel, StringComparison.Ordinal)))
            {
                yield return $"'{reason.Sentence}' is a mislabelled counterpoint";
            }

            if (counterpointSeen && !reason.Counterpoint)
            {
                yield return $"'{reason.Sentence}' comes after a counterpoint";
            }

            if (onePurchaseDay && reason.Text.Contains("still active", StringComparison.Ordinal))
            {
                yield return $"'{reason.Sentence}' presents P(alive) of a one-purchase-day customer as activity";
            }

            if (StatesAProbability().IsMatch(reason.Text))
            {
                yield return $"'{reason.Sentence}' states a probability other than the score's own";
            }

            if (reason.Text.Contains("BG/NBD", StringComparison.Ordinal)
                && (!reason.Text.StartsWith(ChurnReasons.BgNbdLabel, StringComparison.Ordinal) || reason.Text.StartsWith($"{ChurnReasons.BgNbdLabel}no order in the next {HorizonDays} days", StringComparison.Ordinal) != (atRisk != reason.Counterpoint)))
            {
                yield return $"'{reason.Sentence}' is a BG/NBD reading that is unlabelled or points against the score it explains";
            }

            counterpointSeen |= reason.Counterpoint;
        }
    }

    private static PurchaseHistory History(string data) => data == "sample"
        ? SampleDataGenerator.GenerateHistory(new SampleDataOptions()).History
        : PurchaseHistoryLoader.Load(new DataSources(RepositoryPaths.OnlineRetail, Mapping: RepositoryPaths.OnlineRetailMapping), LoadOptions.Default).History;
}

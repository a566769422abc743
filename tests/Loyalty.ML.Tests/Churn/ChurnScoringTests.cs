using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;
using Loyalty.ML.Data;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Churn;

/// <summary>The reasons of every customer scored on the sample and on Online Retail, checked against their scores.</summary>
public sealed class ChurnScoringTests
{
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

            counterpointSeen |= reason.Counterpoint;
        }
    }

    private static PurchaseHistory History(string data) => data == "sample"
        ? SampleDataGenerator.GenerateHistory(new SampleDataOptions()).History
        : PurchaseHistoryLoader.Load(new DataSources(RepositoryPaths.OnlineRetail, Mapping: RepositoryPaths.OnlineRetailMapping), LoadOptions.Default).History;
}

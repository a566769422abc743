using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Churn;

/// <summary>The scores' reasons held as feature rows and choices, put into words when read: the same sentences, less memory.</summary>
[Collection(WholeProcessMemoryCollection.Name)]
public sealed class ChurnReasonTextsTests
{
    [Fact]
    public void Of_EveryCustomerOfTheSample_SameSentencesAsExplainChoseThem()
    {
        var (options, history, timeline, model) = FittedOnTheSample();
        var snapshot = ChurnFeatureBuilder.Build(timeline, timeline.LastDay);
        BuyTillYouDieFeatures.FitAndFill(snapshot, options.HorizonDays);
        var (_, explained) = ChurnScoring.Explain(snapshot, model, options);

        var (scores, reasons, _, _) = ChurnScoring.ScoreHoldingReasons(timeline, history.Customers, model, options, timeline.LastDay);

        Assert.Equal(snapshot.Count, reasons.Count);
        Assert.All(scores, score => Assert.Empty(score.Reasons));
        Assert.Contains(explained, list => list.Count == 3);
        for (var row = 0; row < snapshot.Count; row++)
        {
            Assert.Equal(explained[row].Select(reason => reason.Sentence), reasons.Of(row));
        }
    }

    [Fact]
    public void Of_ACounterpointAndABgNbdReadingOfEitherWay_SameSentencesAsChosen()
    {
        var snapshot = new ChurnSnapshot(cutoffDay: 400, customers: [0, 1]);
        foreach (var (row, noOrder) in new[] { (0, 0.8f), (1, 0.2f) })
        {
            snapshot[row, ChurnFeature.RecencyDays] = 74;
            snapshot[row, ChurnFeature.MedianGapDays] = 21;
            snapshot[row, ChurnFeature.PurchaseDays] = 5;
            snapshot[row, ChurnFeature.TenureDays] = 300;
            snapshot[row, ChurnFeature.ProbabilityNoPurchase] = noOrder;
        }

        (int, float)[] raising = [((int)ChurnFeature.ProbabilityNoPurchase, 3f), ((int)ChurnFeature.RecencyDays, -2f)];
        (int, float)[] lowering = [((int)ChurnFeature.ProbabilityNoPurchase, -3f), ((int)ChurnFeature.RecencyDays, 2f)];
        var chosen = new[] { ChurnReasons.Choose(snapshot.Row(0), raising, atRisk: true), ChurnReasons.Choose(snapshot.Row(1), lowering, atRisk: false) };
        var reasons = new ChurnReasonTexts(snapshot, perRow: 3, horizonDays: 90);
        reasons.Keep(0, chosen[0]);
        reasons.Keep(1, chosen[1]);

        Assert.All(chosen, list => Assert.Contains(list, reason => reason.Counterpoint));
        Assert.Equal(chosen[0].Select(reason => reason.Sentence), reasons.Of(0));
        Assert.Equal(chosen[1].Select(reason => reason.Sentence), reasons.Of(1));
    }

    [Fact]
    public void ScoreHoldingReasons_TheSample_HoldsUnderHalfTheMemoryOfTheScoresWithTheirSentences()
    {
        var (options, history, timeline, model) = FittedOnTheSample();
        ChurnScoring.Score(timeline, history.Customers, model, options, timeline.LastDay); // the model's contribution transformer, made once, is not the scores'

        var held = Retained(() => ChurnScoring.ScoreHoldingReasons(timeline, history.Customers, model, options, timeline.LastDay));
        var withSentences = Retained(() => ChurnScoring.Score(timeline, history.Customers, model, options, timeline.LastDay));

        Assert.InRange(held, 1, withSentences / 2);
    }

    // The sample's history, its timelines and the churn model fitted on them as training fits it.
    private static (ChurnOptions Options, PurchaseHistory History, CustomerTimeline Timeline, ChurnModel Model) FittedOnTheSample()
    {
        var options = new ChurnOptions();
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions()).History;
        var timeline = CustomerTimelineBuilder.Build(history);
        var training = StackedExamples.Build(timeline, timeline.LastDay - options.HorizonDays, options);
        return (options, history, timeline, ChurnModel.Fit(options, training.Features, training.Labels));
    }

    // Bytes that stay reachable while the object made is held, beyond what was reachable before.
    private static long Retained<T>(Func<T> make)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var made = make();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(made);
        return after - before;
    }
}

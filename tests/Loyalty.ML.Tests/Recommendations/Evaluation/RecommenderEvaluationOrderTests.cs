using System.Runtime.CompilerServices;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

/// <summary>
/// An evaluation fits and scores EASE before the item-kNN baseline and the base model: its dense weights are gone
/// before the baseline's lists are built and the ALS factors are fitted, and its figures are those of EASE scored over
/// the full base model.
/// </summary>
public sealed class RecommenderEvaluationOrderTests
{
    [Fact]
    public void Run_EaseWeightsForgottenBeforeTheFactorsAreFitted_SameEaseFiguresAsOverTheBaseModel()
    {
        var (history, split, options, inputs) = SmallSplit();
        var weights = FitWeights(inputs);
        var iterations = 0;
        var aliveDuringFit = false;

        var evaluation = RecommenderEvaluation.Run(split, inputs, itemKnn: null, iterationDone: _ =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            aliveDuringFit |= weights.IsAlive;
            iterations++;
        }, personalOnly: true);

        Assert.Equal(options.Als.Iterations, iterations);
        Assert.False(aliveDuringFit, "EASE's weights were still reachable while the ALS factors were fitted");
        var (model, refitted, _) = RecommenderTrainer.FitBase(history, options, split.Window, bought: split.TrainCounts);
        var expected = RecommenderEvaluation.Score(split, model, PersonalCandidates.Get("ease").Fit(refitted), options);
        var actual = evaluation.Personal["ease"];
        Assert.True(actual.HitRate > 0, "EASE found nothing: the comparison would prove little");
        Assert.Equal((expected.Ndcg, expected.Recall, expected.HitRate, expected.Map, expected.Coverage), (actual.Ndcg, actual.Recall, actual.HitRate, actual.Map, actual.Coverage));
        Assert.Equal(expected.CustomerNdcg, actual.CustomerNdcg);
    }

    [Fact]
    public void Run_ItemKnnBaseline_ScoredAfterEaseWeightsAreForgottenAndBeforeTheFactorsAreFitted()
    {
        var (_, split, options, inputs) = SmallSplit();
        var weights = FitWeights(inputs);
        var (iterations, baselines, iterationsBeforeBaseline, weightsAliveAtBaseline) = (0, 0, -1, true);
        var report = RankingEvaluator.Evaluate(split, ItemKnnScorer.FromSplit(split, threads: 2), options.K, threads: 2);

        var evaluation = RecommenderEvaluation.Run(
            split,
            inputs,
            itemKnn: () =>
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                (weightsAliveAtBaseline, iterationsBeforeBaseline) = (weights.IsAlive, iterations);
                baselines++;
                return report;
            },
            iterationDone: _ => iterations++,
            personalOnly: true);

        Assert.Equal(1, baselines);
        Assert.False(weightsAliveAtBaseline, "EASE's weights were still reachable while the item-kNN baseline was scored");
        Assert.Equal(0, iterationsBeforeBaseline);
        Assert.Equal(options.Als.Iterations, iterations);
        Assert.Same(report, evaluation.ItemKnn);
    }

    private static (PurchaseHistory History, EvaluationSplit Split, RecommenderOptions Options, CandidateInputs Inputs) SmallSplit()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 120, Lines = 6_000 }).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 4, Iterations = 3, Threads = 2 } };
        return (history, split, options, RecommenderTrainer.Inputs(history, options, split.Window, split.TrainCounts));
    }

    // Out of line, so no local of the test holds the weights: the evaluation scores EASE with these (fitted once per inputs).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FitWeights(CandidateInputs inputs) => new(inputs.EaseWeights);
}

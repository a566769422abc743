using Loyalty.ML.SampleData;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Tests.Recommendations;

public sealed class RecommenderTrainerTests : IDisposable
{
    private const float Tolerance = 1e-4f;
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Fit_HistoryCutAtTheSplit_PublishesTheFactorsTheEvaluationScored()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 400, Items = 120, Lines = 20_000 }).History;
        var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history));
        var options = new RecommenderOptions();
        var evaluated = RecommenderEvaluation.Run(history, split, options).Model!;

        // What `train` publishes when its data ends at the split, first seen in reverse so every index differs.
        var cut = LinesBefore(history, split.SplitTime);
        RecommenderStep.Run(new TrainingContext(cut, _folder.Path, TimeProvider.System), options with { Evaluate = false });
        var published = RecommenderModelFile.Read(_folder.Combine(RecommenderModelFile.FileName));

        Assert.Equal(evaluated.AsOf, published.AsOf);
        AssertSameFactors(evaluated.Customers, evaluated.Factors.Customer, published.Customers, published.Factors.Customer);
        AssertSameFactors(evaluated.Items, evaluated.Factors.Item, published.Items, published.Factors.Item);
    }

    [Fact]
    public void FitBase_AfterTheFactorFit_CollectsItsDeadMatricesBeforeBuildingTheRest()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 200, Items = 60, Lines = 4_000 }).History;
        var options = new RecommenderOptions { Als = new() { Factors = 4, Iterations = 2, Threads = 1 } };
        var atLastIteration = -1L;

        var (model, _, _) = RecommenderTrainer.FitBase(history, options, TrainingWindow.Whole(history), _ => atLastIteration = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index);

        Assert.True(GC.GetGCMemoryInfo(GCKind.FullBlocking).Index > atLastIteration, "no full collection after the factor fit");
        Assert.Equal(history.Customers.Count, model.Factors.CustomerCount);
        Assert.Equal(history.Items.Count, model.AlsoBought.ItemCount);
    }

    [Fact]
    public void FitBase_HistoriesBuiltBesideTheCoOccurrence_SameAsEachBuiltAlone()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 300, Items = 80, Lines = 8_000 }).History;
        var options = new RecommenderOptions { Als = new() { Factors = 4, Iterations = 2, Threads = 2 } };
        var window = TrainingWindow.Whole(history);

        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, window);

        var histories = CustomerHistoryBuilder.Build(history, window);
        var alsoBought = AlsoBoughtCandidates.OrderCoOccurrence(inputs);
        Assert.Equal(histories.Offsets, model.History.Offsets);
        Assert.Equal(histories.Items, model.History.Items);
        Assert.Equal(histories.Days, model.History.Days);
        Assert.Equal(histories.UsualPrice, model.History.UsualPrice);
        Assert.Equal(alsoBought.Offsets, model.AlsoBought.Offsets);
        Assert.Equal(alsoBought.Neighbors, model.AlsoBought.Neighbors);
        Assert.Equal(alsoBought.Scores, model.AlsoBought.Scores);
        Assert.True(model.AlsoBought.Neighbors.Length > 0);
    }

    [Fact]
    public void FitBase_CoOccurrenceFailsBesideTheHistories_ThrowsItsOwnError()
    {
        var history = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 200, Items = 60, Lines = 4_000 }).History;
        var options = new RecommenderOptions { Als = new() { Factors = 4, Iterations = 2, Threads = 2 } };
        var window = TrainingWindow.Whole(history);
        bool[] tooShort = [true]; // asks about one item of sixty: the co-occurrence reads past it

        var alone = Record.Exception(() => AlsoBoughtCandidates.OrderCoOccurrence(new CandidateInputs(history, window, options) { AlsoBoughtAsked = tooShort }));
        var beside = Record.Exception(() => RecommenderTrainer.FitBase(history, options, window, alsoBoughtAsked: tooShort));

        Assert.NotNull(alone);
        Assert.NotNull(beside);
        Assert.Equal(alone.GetType(), beside.GetType());
        Assert.Equal(alone.InnerException?.GetType(), beside.InnerException?.GetType());
    }

    private static PurchaseHistory LinesBefore(PurchaseHistory history, DateTime end)
    {
        var builder = new PurchaseHistoryBuilder();
        var lines = history.Purchases;
        for (var line = lines.Count - 1; line >= 0; line--)
        {
            if (lines.Time[line] < end)
            {
                builder.AddPurchase(
                    history.Customers.Ids[lines.Customer[line]], history.Items.Ids[lines.Item[line]], $"o{lines.Order[line]}", lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
            }
        }

        return builder.Build();
    }

    private delegate ReadOnlySpan<float> FactorsOf(int index);

    private static void AssertSameFactors(IdMap evaluatedIds, FactorsOf evaluated, IdMap publishedIds, FactorsOf published)
    {
        Assert.True(publishedIds.Count > 0);
        foreach (var id in publishedIds.Ids)
        {
            Assert.True(evaluatedIds.TryGetIndex(id, out var evaluatedIndex));
            publishedIds.TryGetIndex(id, out var publishedIndex);
            var expected = evaluated(evaluatedIndex).ToArray();
            var actual = published(publishedIndex).ToArray();
            for (var factor = 0; factor < expected.Length; factor++)
            {
                Assert.True(Math.Abs(expected[factor] - actual[factor]) <= Tolerance, $"{id} factor {factor}: evaluated {expected[factor]}, published {actual[factor]}");
            }
        }
    }

    public void Dispose() => _folder.Dispose();
}

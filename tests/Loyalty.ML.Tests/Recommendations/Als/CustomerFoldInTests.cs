using Loyalty.ML.SampleData;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class CustomerFoldInTests
{
    private static readonly PurchaseHistory Sample = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 500, Items = 120, Lines = 25_000 }).History;

    [Fact]
    public void Solve_CustomersOwnTrainingWeights_RanksLikeTheirTrainedFactors()
    {
        var window = TrainingWindow.Whole(Sample);
        var options = new RecommenderOptions { Evaluate = false, Als = new AlsOptions { Threads = 1 } };
        var model = RecommenderTrainer.Fit(Sample, options, ModelChoice.Default, window).Model;
        var weights = InteractionMatrix.CustomerItems(Sample, window, options.Als.RecencyHalfLifeDays);
        var foldIn = new CustomerFoldIn(model);

        var overlaps = new List<int>();
        for (var customer = 0; customer < 100; customer++)
        {
            var purchases = weights.RowIndices(customer).ToArray().Zip(weights.RowValues(customer).ToArray());
            var solved = foldIn.Solve(purchases);
            overlaps.Add(Top(model, solved).Intersect(Top(model, model.Factors.Customer(customer).ToArray())).Count());
        }

        Assert.True(overlaps.Average() >= 9, $"average top-10 overlap {overlaps.Average():F2}");
    }

    [Fact]
    public void RecalculateCustomer_NewCustomerOfOneStyle_RecommendsItemsBoughtWithIt()
    {
        var recommender = RecommenderTestData.Recommender();

        var kitchen = recommender.RecalculateCustomer([("K1", 1f), ("K2", 1f), ("unknown-item", 5f)]);
        var nothing = recommender.RecalculateCustomer([]);

        var model = recommender.Model;
        var best = Top(model, kitchen, count: 1).Single();
        Assert.StartsWith("K", model.Items[best], StringComparison.Ordinal);
        Assert.All(nothing, value => Assert.Equal(0f, value));
    }

    private static IEnumerable<int> Top(RecommenderModel model, float[] customer, int count = 10)
    {
        var scores = new float[model.Factors.ItemCount];
        RowDots.Compute(model.Factors.Items, model.Factors.Factors, customer, scores);
        var best = new int[count];
        var found = TopK.Select(scores, best);
        return best[..found];
    }
}

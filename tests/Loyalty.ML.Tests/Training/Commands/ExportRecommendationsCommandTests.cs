using Loyalty.ML.Bundles;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Tests.Recommendations;
using Loyalty.ML.Training;
using Loyalty.ML.Training.Commands;

namespace Loyalty.ML.Tests.Training.Commands;

public sealed class ExportRecommendationsCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Invoke_PublishedBundle_WritesTopNPerCustomerAndAlsoBoughtPerItem()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var history = RecommenderTestData.History();
        using (var writer = BundleWriter.Begin(registry, "v1"))
        {
            new RecommenderStep(new RecommenderOptions { Als = RecommenderTestData.FastAls, Evaluate = false })
                .Run(new TrainingContext(history, writer.Directory, TimeProvider.System));
            writer.Publish(DateTimeOffset.UnixEpoch, [], new Dictionary<string, long>(), []);
        }

        var customers = _folder.Combine("recs.csv");
        var items = _folder.Combine("also.csv");

        var exit = ExportRecommendationsCommand.Create()
            .Parse(["--models", registry.Root, "--out", customers, "--also-bought-out", items, "--top", "3"])
            .Invoke();

        Assert.Equal(0, exit);
        var rows = File.ReadAllLines(customers);
        Assert.Equal("customer_id,rank,item_id,score", rows[0]);
        Assert.Equal(history.Customers.Count * 3, rows.Length - 1);
        Assert.Equal(["1", "2", "3"], rows.Skip(1).Take(3).Select(row => row.Split(',')[1]));
        var also = File.ReadAllLines(items);
        Assert.Equal(history.Items.Count * 3, also.Length - 1);
        Assert.DoesNotContain(also.Skip(1), row => row.Split(',')[0] == row.Split(',')[2]);
    }

    public void Dispose() => _folder.Dispose();
}

using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Tests.Recommendations.Storage;

public sealed class RecommenderModelFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Read_WrittenModel_RoundTripsEveryPart()
    {
        var model = RecommenderTestData.Recommender().Model;
        var path = _folder.Combine(RecommenderModelFile.FileName);

        RecommenderModelFile.Write(path, model);
        var read = RecommenderModelFile.Read(path);

        Assert.Equal(model.Customers.Ids, read.Customers.Ids);
        Assert.Equal(model.Items.Ids, read.Items.Ids);
        Assert.Equal(model.ItemNames, read.ItemNames);
        Assert.Equal(model.Categories.Ids, read.Categories.Ids);
        Assert.Equal(model.ItemCategory, read.ItemCategory);
        Assert.Equal(model.ItemPrice, read.ItemPrice);
        Assert.Equal(model.Factors.Customers, read.Factors.Customers);
        Assert.Equal(model.Factors.Items, read.Factors.Items);
        Assert.Equal(model.Popularity, read.Popularity);
        Assert.Equal(model.History.Items, read.History.Items);
        Assert.Equal(model.History.GapDays, read.History.GapDays);
        Assert.Equal(model.AlsoBought.Neighbors, read.AlsoBought.Neighbors);
        Assert.Equal(model.AsOf, read.AsOf);
        Assert.Equal(FoldInSettings.From(RecommenderTestData.FastAls), read.FoldIn);
    }

    [Fact]
    public void Read_ModelWithUnitSizes_RoundTripsThem()
    {
        var trained = RecommenderTestData.Recommender().Model;
        var sizes = Enumerable.Range(0, trained.Items.Count).Select(item => item % 3 * 0.5f).ToArray();
        var units = Enumerable.Range(0, trained.Items.Count).Select(item => item % 2 == 0 ? "gallon" : null).ToArray();
        var path = _folder.Combine(RecommenderModelFile.FileName);

        RecommenderModelFile.Write(path, trained with { ItemUnitSize = sizes, ItemUnit = units });
        var read = RecommenderModelFile.Read(path);

        Assert.Equal(sizes, read.ItemUnitSize);
        Assert.Equal(units, read.ItemUnit);
    }

    [Theory]
    [InlineData(0, "bad magic")]
    [InlineData(8, "version")]
    [InlineData(23, "factors")]
    public void Read_CorruptedHeader_IsRejectedWithTheReason(int offset, string reason)
    {
        var path = Written();
        var bytes = File.ReadAllBytes(path);
        bytes[offset] ^= 0x5A;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => RecommenderModelFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedFile_IsRejected()
    {
        var path = Written();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 9)]);

        Assert.Throws<InvalidDataException>(() => RecommenderModelFile.Read(path));
    }

    [Fact]
    public void Read_NeighbourIndexOutOfRange_IsRejected()
    {
        var model = RecommenderTestData.Recommender().Model;
        model.AlsoBought.Neighbors[0] = model.Items.Count + 5;
        var path = _folder.Combine(RecommenderModelFile.FileName);
        RecommenderModelFile.Write(path, model);

        var error = Assert.Throws<InvalidDataException>(() => RecommenderModelFile.Read(path));

        Assert.Contains("also-bought neighbours", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Written()
    {
        var path = _folder.Combine(RecommenderModelFile.FileName);
        RecommenderModelFile.Write(path, RecommenderTestData.Recommender().Model);
        return path;
    }
}

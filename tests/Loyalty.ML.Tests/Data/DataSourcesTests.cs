using Loyalty.ML.Data;

namespace Loyalty.ML.Tests.Data;

public sealed class DataSourcesTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FromFolder_SampleLayout_FindsEachFile()
    {
        var transactions = _folder.Write("transactions.csv", "x");
        var items = _folder.Write("items.csv.gz", "x");
        var mapping = _folder.Write("mapping.json", "{}");
        _folder.Write("ground_truth.csv", "x");

        var sources = DataSources.FromFolder(_folder.Path);

        Assert.Equal(new DataSources(transactions, items, null, mapping), sources);
    }

    [Fact]
    public void FromFolder_NoTransactions_FailsNamingFolder()
    {
        _folder.Write("items.csv", "x");

        var error = Assert.Throws<DataLoadException>(() => DataSources.FromFolder(_folder.Path));

        Assert.Equal(_folder.Path, error.File);
        Assert.Contains("no transactions file", error.Message);
    }

    [Fact]
    public void FromFolder_TwoTransactionFiles_FailsNamingBoth()
    {
        _folder.Write("transactions.csv", "x");
        _folder.Write("transactions.parquet", "x");

        var error = Assert.Throws<DataLoadException>(() => DataSources.FromFolder(_folder.Path));

        Assert.Contains("transactions.csv, transactions.parquet", error.Message);
    }

    [Fact]
    public void FromFolder_MissingFolder_Fails()
    {
        var missing = Path.Combine(_folder.Path, "absent");

        Assert.Throws<DataLoadException>(() => DataSources.FromFolder(missing));
    }
}

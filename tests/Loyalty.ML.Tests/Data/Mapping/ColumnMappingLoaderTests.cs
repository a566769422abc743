using Loyalty.ML.Data;
using Loyalty.ML.Data.Mapping;

namespace Loyalty.ML.Tests.Data.Mapping;

public sealed class ColumnMappingLoaderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_NoPath_ReturnsTheSampleFormat()
    {
        var mapping = ColumnMappingLoader.Load(null);

        Assert.Equal("customer_id", mapping.Transactions.Columns.CustomerId);
        Assert.Equal("timestamp", mapping.Transactions.Columns.Timestamp);
        Assert.True(mapping.Transactions.Cancellations.NegativeQuantity);
        Assert.Null(mapping.Transactions.Cancellations.OrderIdPrefix);
        Assert.Empty(mapping.Transactions.NonProducts.ItemIds);
    }

    [Fact]
    public void Load_ShippedOnlineRetailMapping_ReadsItsRules()
    {
        var mapping = ColumnMappingLoader.Load(RepositoryPaths.OnlineRetailMapping);

        Assert.Equal("CustomerID", mapping.Transactions.Columns.CustomerId);
        Assert.Equal("C", mapping.Transactions.Cancellations.OrderIdPrefix);
        Assert.Contains("BANK CHARGES", mapping.Transactions.NonProducts.ItemIds);
        Assert.Null(mapping.Transactions.Columns.Channel);
    }

    [Theory]
    [InlineData("""{ "transactions": { "colums": {} } }""", "colums")]
    [InlineData("""{ "transactions": { "columns": { "customer_id": "" } } }""", "transactions.columns.customer_id must name a column")]
    [InlineData("""{ "transactions": { "columns": { "unit_price": null } } }""", "needs unit_price or amount")]
    [InlineData("""{ "transactions": { "non_products": { "item_id_pattern": "([" } } }""", "item_id_pattern is not a valid regular expression")]
    [InlineData("""{ "transactions": { "format": { "date_formats": ["yyyy-MM-dd %"] } } }""", "'yyyy-MM-dd %' is not a valid date format")]
    [InlineData("""{ "transactions": { "format": { "delimiter": ";;" } } }""", "transactions.format.delimiter must be one character")]
    [InlineData("""{ "customers": { "format": { "encoding": "klingon-8" } } }""", "customers.format.encoding 'klingon-8' is not a known text encoding")]
    [InlineData("""{ "transactions": { "cancellations": { "order_id_prefix": "" } } }""", "order_id_prefix must not be empty")]
    [InlineData("""{ "items": { "columns": { "item_id": null } } }""", "items.columns.item_id must name a column")]
    [InlineData("null", "the mapping is empty")]
    public void Load_WrongMapping_FailsNamingFileAndKey(string json, string expected)
    {
        var path = _folder.Write("mapping.json", json);

        var error = Assert.Throws<DataLoadException>(() => ColumnMappingLoader.Load(path));

        Assert.Equal(path, error.File);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("""{ "transactions": { "columns": { "custmer_id": "CustomerID" } } }""", "unknown key 'custmer_id' in transactions.columns; did you mean 'customer_id'?")]
    [InlineData("""{ "transactions": { "format": { "delimeter": ";" } } }""", "unknown key 'delimeter' in transactions.format; did you mean 'delimiter'?")]
    [InlineData("""{ "transaction": {} }""", "unknown key 'transaction' at the top level; did you mean 'transactions'?")]
    [InlineData("""{ "items": { "columns": { "colour": "c" } } }""", "unknown key 'colour' in items.columns. The keys there are: item_id,")]
    public void Load_UnknownKey_NamesTheKeyWhereItIsAndTheNearestKnownOne(string json, string expected)
    {
        var path = _folder.Write("mapping.json", json);

        var error = Assert.Throws<DataLoadException>(() => ColumnMappingLoader.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_FailsWithLine()
    {
        var path = _folder.Write("mapping.json", "{\n  \"transactions\": {\n    \"columns\": { \"customer_id\": CustomerID }\n  }\n}\n");

        var error = Assert.Throws<DataLoadException>(() => ColumnMappingLoader.Load(path));

        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{path} line 3: not a valid column mapping", error.Message);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingFile()
    {
        var path = Path.Combine(_folder.Path, "nope.json");

        var error = Assert.Throws<DataLoadException>(() => ColumnMappingLoader.Load(path));

        Assert.Equal($"{path}: mapping file not found.", error.Message);
    }

    [Fact]
    public void Load_CommentsAndLatin1Encoding_AreAccepted()
    {
        var path = _folder.Write("mapping.json", """
            // exported by the shop's CRM
            { "transactions": { "format": { "encoding": "latin1", "thousands_separator": "," } } }
            """);

        var mapping = ColumnMappingLoader.Load(path);

        Assert.Equal("latin1", mapping.Transactions.Format.Encoding);
    }
}

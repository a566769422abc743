using Loyalty.ML.Data;

namespace Loyalty.ML.Tests.Data;

public sealed class PurchaseHistoryLoaderErrorTests : IDisposable
{
    private const string Header = "customer_id,item_id,order_id,timestamp,quantity,unit_price";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_BadDate_FailsNamingFileLineAndValue()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\nc1,i1,o1,01/02/2024,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains($"{path} line 3:", error.Message);
        Assert.Contains("'01/02/2024' in column 'timestamp' is not a date", error.Message);
    }

    [Fact]
    public void Load_SemicolonCsvReadWithCommas_HintsAtTheDelimiterKey()
    {
        var path = _folder.Write("t.csv", $"{Header.Replace(',', ';')}\nc1;i1;o1;2024-01-01;1;2,5\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Contains("missing column 'customer_id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the file looks semicolon-separated; set \"delimiter\": \";\" in the mapping's transactions.format", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"decimal_separator\": \",\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongFieldCount_FailsNamingLineAndCounts()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2,50\nc1,i1,o1,2024-01-01,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Equal(2, error.Line);
        Assert.Contains("expected 6 fields, found 7", error.Message);
    }

    [Fact]
    public void Load_UnparseablePrice_FailsWithColumnName()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\nc1,i1,o1,2024-01-01,1,£2\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("'£2' in column 'unit_price' is not a number", error.Message);
    }

    [Fact]
    public void Load_MissingMappedColumn_FailsNamingColumnAndMappingKey()
    {
        var mapping = _folder.Write("m.json", """{ "transactions": { "columns": { "customer_id": "CustomerID" } } }""");
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path, Mapping: mapping), LoadOptions.Default));

        Assert.Equal(1, error.Line);
        Assert.Contains("missing column 'CustomerID' (mapping transactions.columns.customer_id)", error.Message);
    }

    [Fact]
    public void Load_MissingRequiredDefaultColumn_Fails()
    {
        var path = _folder.Write("t.csv", "customer_id,item_id,quantity,unit_price\nc1,i1,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Contains("missing column 'timestamp'", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Load_EmptyFile_FailsNamingFile(string content)
    {
        var path = _folder.Write("t.csv", content);

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Equal(path, error.File);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Load_HeaderWithoutRows_Fails()
    {
        var path = _folder.Write("t.csv", Header + "\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Contains("no data rows", error.Message);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingFile()
    {
        var path = Path.Combine(_folder.Path, "absent.csv");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Equal($"{path}: file not found.", error.Message);
    }

    [Fact]
    public void Load_UnclosedQuote_FailsNamingLine()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\nc1,\"i1,o1,2024-01-01,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("not valid CSV", error.Message);
    }

    [Fact]
    public void Load_MalformedShareAtOrBelowThreshold_LoadsAndReportsThem()
    {
        var rows = string.Concat(Enumerable.Range(0, 99).Select(i => $"c{i},i1,o{i},2024-01-01,1,2\n"));
        var path = _folder.Write("t.csv", $"{Header}\n{rows}c1,i1,o1,yesterday,1,2\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(path), new LoadOptions { MaxMalformedFraction = 0.01 });

        Assert.Equal(1, result.Report.RowsMalformed);
        Assert.Equal(101, result.Report.Transactions.Examples["bad_date"][0].Line);
    }

    [Fact]
    public void Load_MalformedShareAboveThreshold_FailsWithCountsAndFirstExample()
    {
        var rows = string.Concat(Enumerable.Range(0, 98).Select(i => $"c{i},i1,o{i},2024-01-01,1,2\n"));
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,yesterday,1,2\n{rows}c1,i1,o1,2024-01-01,x,2\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), new LoadOptions { MaxMalformedFraction = 0.01 }));

        Assert.Equal(2, error.Line);
        Assert.Contains("2 of 100 rows (2.00 %) are malformed, above the limit of 1.00 %", error.Message);
    }

    [Fact]
    public void Load_NoRowAccepted_FailsWithReport()
    {
        var path = _folder.Write("t.csv", $"{Header}\n,i1,o1,2024-01-01,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Contains("no row was accepted", error.Message);
        Assert.Equal(1, error.Report!.Outcomes["missing_customer_id"]);
    }

    [Fact]
    public void Load_ParquetExtensionWithoutParquetContent_Fails()
    {
        var path = _folder.Write("t.parquet", $"{Header}\nc1,i1,o1,2024-01-01,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => Load(path));

        Assert.Contains("not a Parquet file", error.Message);
    }

    [Fact]
    public void Load_MalformedItemsFile_FailsNamingItemsFileAndLine()
    {
        var transactions = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\n");
        var items = _folder.Write("items.csv", "item_id,name,category,price\ni1,Mug,kitchen,cheap\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(transactions, items), LoadOptions.Default));

        Assert.Equal(items, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("'cheap' in column 'price' is not a number", error.Message);
    }

    [Fact]
    public void Load_CustomersWithBadDateUnderThreshold_ReportsThemInTheirOwnSection()
    {
        var transactions = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\n");
        var customers = _folder.Write("customers.csv", "customer_id,birthday\nc1,1990-01-01\nc2,31/12/1990\n,1990-01-01\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(transactions, Customers: customers), new LoadOptions { MaxMalformedFraction = 1 });

        var report = result.Report.Customers!;
        Assert.Equal(3, report.RowsRead);
        Assert.Equal(1, report.Outcomes["accepted"]);
        Assert.Equal(1, report.Outcomes["bad_date"]);
        Assert.Equal(1, report.Outcomes["missing_field"]);
        Assert.Equal(3, report.Examples["bad_date"][0].Line);
        Assert.Single(result.History.Profiles!);
    }

    private static LoadResult Load(string path) => PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default);
}

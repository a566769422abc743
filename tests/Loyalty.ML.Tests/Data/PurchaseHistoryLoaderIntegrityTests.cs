using System.Globalization;
using System.Text;
using Loyalty.ML.Data;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.ML.Tests.Data;

/// <summary>Damaged, hostile or oddly shaped input: it stops the load naming the file, or every damaged row is counted as malformed.</summary>
public sealed class PurchaseHistoryLoaderIntegrityTests : IDisposable
{
    private const string Header = "customer_id,item_id,order_id,timestamp,quantity,unit_price";
    private static readonly LoadOptions Lenient = new() { MaxMalformedFraction = 1 };
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Load_TruncatedGzip_FailsNamingTheFile(double keep)
    {
        var whole = File.ReadAllBytes(_folder.WriteGzip("whole.csv.gz", Rows(20_000)));
        var path = _folder.Combine("cut.csv.gz");
        File.WriteAllBytes(path, whole[..(int)(whole.Length * keep)]);

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), Lenient));

        Assert.Equal(path, error.File);
        Assert.Contains("gzip", error.Message);
    }

    [Fact]
    public void Load_OnlineRetailWithoutGzipTrailer_FailsNamingTheFile()
    {
        var whole = File.ReadAllBytes(RepositoryPaths.OnlineRetail);
        var path = _folder.Combine("online_retail.csv.gz");
        File.WriteAllBytes(path, whole[..^8]);

        var error = Assert.Throws<DataLoadException>(() =>
            PurchaseHistoryLoader.Load(new DataSources(path, Mapping: RepositoryPaths.OnlineRetailMapping), LoadOptions.Default));

        Assert.Equal(path, error.File);
        Assert.Contains("gzip", error.Message);
    }

    [Fact]
    public void Load_TruncatedCustomersGzip_FailsNamingTheCustomersFile()
    {
        var transactions = _folder.Write("t.csv", Rows(10));
        var profiles = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"c{i},Name {i * 7919 % 10007},1980-01-{1 + (i % 28):00},2020-02-03,web,{i % 2 == 0}\n"));
        var whole = File.ReadAllBytes(_folder.WriteGzip("whole.csv.gz", "customer_id,name,birthday,signup_date,preferred_channel,marketing_consent\n" + profiles));
        var customers = _folder.Combine("customers.csv.gz");
        File.WriteAllBytes(customers, whole[..(whole.Length / 2)]);

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(transactions, Customers: customers), Lenient));

        Assert.Equal(customers, error.File);
    }

    [Fact]
    public void Load_TwoStrayQuotesFarApart_CountsEverySwallowedLineAsMalformed()
    {
        var lines = Enumerable.Range(0, 400).Select(i => $"c{i},i{i},o{i},2024-01-01,1,2").ToArray();
        lines[10] = "c10,\"i10,o10,2024-01-01,1,2";
        lines[309] = "c309,i309\",o309,2024-01-01,1,2";
        var path = _folder.Write("t.csv", $"{Header}\n{string.Join('\n', lines)}\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(path), Lenient);

        var report = result.Report;
        Assert.Equal(400, report.RowsRead);
        Assert.Equal(300, report.RowsMalformed);
        Assert.Equal(100, report.RowsAccepted);
        Assert.Equal(report.RowsRead, report.Outcomes.Values.Sum());
        var example = Assert.Single(report.Transactions.Examples.Values.SelectMany(issues => issues));
        Assert.Equal(12, example.Line);
        Assert.Contains("quoted", example.Reason);
        Assert.DoesNotContain(result.History.Items.Ids, id => id.Length > 100);
    }

    [Fact]
    public void Load_TwoStrayQuotesFarApartUnderDefaultThreshold_FailsNamingTheLine()
    {
        var lines = Enumerable.Range(0, 400).Select(i => $"c{i},i{i},o{i},2024-01-01,1,2").ToArray();
        lines[10] = "c10,\"i10,o10,2024-01-01,1,2";
        lines[309] = "c309,i309\",o309,2024-01-01,1,2";
        var path = _folder.Write("t.csv", $"{Header}\n{string.Join('\n', lines)}\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default));

        Assert.Equal(12, error.Line);
    }

    [Fact]
    public void Load_TwoStrayQuotesAFewLinesApart_KeepsTheMergedRowButSaysSo()
    {
        var lines = Enumerable.Range(0, 40).Select(i => $"c{i},i{i},o{i},2024-01-01,1,2").ToArray();
        lines[10] = "c10,\"i10,o10,2024-01-01,1,2";
        lines[13] = "c13,i13\",o13,2024-01-01,1,2";
        var path = _folder.Write("t.csv", $"{Header}\n{string.Join('\n', lines)}\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(path), Lenient);

        var note = Assert.Single(result.Report.Notes);
        Assert.Contains($"{path}: 1 rows span several lines through quoted line breaks (the first at line 12)", note, StringComparison.Ordinal);
        Assert.Contains("stray quote", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LastRowWithoutLineBreak_NotesThatTheFileMayBeCut()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\nc2,i1,o2,2024-01-01,1,2");

        var result = PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default);

        Assert.Equal(2, result.Report.RowsAccepted);
        Assert.Contains(result.Report.Notes, note => note.Contains($"{path}: line 3", StringComparison.Ordinal) && note.Contains("cut", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HugeQuotedFieldOnOneLine_IsMalformed()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\nc2,\"{new string('x', 30_000)}\",o2,2024-01-01,1,2\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(path), Lenient);

        Assert.Equal(1, result.Report.RowsMalformed);
        Assert.Equal(3, result.Report.Transactions.Examples.Values.Single().Single().Line);
    }

    [Fact]
    public void Load_QuotedFieldBeyondTheReadersBuffer_FailsNamingTheLine()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\nc2,\"{new string('x', 3_000_000)}\",o2,2024-01-01,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), Lenient));

        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("1", "1e39", "unit_price")]
    [InlineData("1", "1e308", "unit_price")]
    [InlineData("1e308", "2", "quantity")]
    [InlineData("1", "-1e39", "unit_price")]
    [InlineData("5000000", "2", "quantity")]
    public void Load_AbsurdNumber_IsBadNumberWithLineAndValue(string quantity, string price, string column)
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-01-01,1,2\nc2,i1,o2,2024-01-01,{quantity},{price}\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(path), Lenient);

        Assert.Equal(1, result.Report.Outcomes["bad_number"]);
        var example = Assert.Single(result.Report.Transactions.Examples["bad_number"]);
        Assert.Equal(3, example.Line);
        Assert.Contains($"column '{column}'", example.Reason);
        Assert.True(result.History.Purchases.UnitPrice.All(float.IsFinite));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1969-12-31")]
    public void Load_DateOutsideThePlausibleWindow_FailsNamingFileLineAndValue(string date)
    {
        var rows = string.Concat(Enumerable.Range(0, 40).Select(i => $"c{i % 20},i1,o{i},2024-01-{1 + (i % 28):00},1,2\n"));
        var path = _folder.Write("t.csv", $"{Header}\n{rows}c1,i1,oX,{date},1,2\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default));

        Assert.Equal(path, error.File);
        Assert.Equal(42, error.Line);
        Assert.Contains(date, error.Message);
        Assert.Contains("bad_date", error.Message);
    }

    [Fact]
    public void Load_DateAfterTheClocksNextDay_IsBadDate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 23, 0, 0, TimeSpan.Zero));
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,2024-03-02 23:59:59,1,2\nc1,i1,o2,2024-03-03 00:00:00,1,2\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(path), Lenient with { Clock = clock });

        Assert.Equal(1, result.Report.RowsAccepted);
        var example = Assert.Single(result.Report.Transactions.Examples["bad_date"]);
        Assert.Equal(3, example.Line);
        Assert.Contains("1970-01-01 to 2024-03-02", example.Reason);
    }

    [Fact]
    public void Load_DateWindowFromOptions_ReplacesTheDefault()
    {
        var path = _folder.Write("t.csv", $"{Header}\nc1,i1,o1,1965-05-01,1,2\nc1,i1,o2,2024-01-01,1,2\n");
        var options = Lenient with { EarliestDate = new DateOnly(1960, 1, 1), LatestDate = new DateOnly(2023, 12, 31) };

        var result = PurchaseHistoryLoader.Load(new DataSources(path), options);

        Assert.Equal(1, result.Report.RowsAccepted);
        Assert.Equal(3, result.Report.Transactions.Examples["bad_date"].Single().Line);
    }

    [Fact]
    public void Load_DuplicatedHeaderColumn_FailsNamingBothPositions()
    {
        var path = _folder.Write("t.csv", "customer_id,item_id,order_id,timestamp,quantity,unit_price,unit_price\nc1,i1,o1,2024-01-01,1,2,3\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default));

        Assert.Equal(1, error.Line);
        Assert.Contains("'unit_price'", error.Message);
        Assert.Contains("6", error.Message);
        Assert.Contains("7", error.Message);
    }

    [Fact]
    public void Load_BacktrackingItemPattern_FailsNamingTheMappingKey()
    {
        var mapping = _folder.Write("m.json", """{ "transactions": { "non_products": { "item_id_pattern": "^(a+)+$" } } }""");
        var path = _folder.Write("t.csv", $"{Header}\nc1,{new string('a', 40)}b,o1,2024-01-01,1,2\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path, Mapping: mapping), LoadOptions.Default));

        Assert.Equal(mapping, error.File);
        Assert.Contains("transactions.non_products.item_id_pattern", error.Message);
    }

    [Fact]
    public void Load_WhitespaceDelimiter_ReadsPaddedColumnsAndQuotedValues()
    {
        var mapping = _folder.Write("m.json", """{ "transactions": { "columns": { "item_name": "name" }, "format": { "delimiter": "whitespace" } } }""");
        var path = _folder.Write(
            "t.txt",
            "customer_id  item_id  order_id  timestamp    quantity  unit_price  name\n"
            + "  c1         i1       o1        2024-01-01   1         2.50        \"Red mug\"\n"
            + "\tc2\ti2  o2   2024-01-02  3\t  10   plain\n"
            + "\n"
            + "c3 i3 o3 2024-01-03 1 1 \"say \"\"hi\"\"\"\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(path, Mapping: mapping), LoadOptions.Default);

        Assert.Equal(3, result.Report.RowsAccepted);
        Assert.Equal(3f, result.History.Purchases.Quantity[1]);
        Assert.Equal(2.5f, result.History.Purchases.UnitPrice[0]);
        Assert.Contains("say \"hi\"", result.History.Catalog.Names);
    }

    [Fact]
    public void Load_PaddedExportReadWithCommas_SuggestsTheWhitespaceDelimiter()
    {
        var path = _folder.Write("t.txt", "customer_id   item_id   order_id   timestamp    quantity   unit_price\nc1            i1        o1         2024-01-01   1          2\n");

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default));

        Assert.Contains("\"delimiter\": \"whitespace\"", error.Message);
    }

    internal static string Rows(int count)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var day = new DateTime(2024, 1, 1).AddMinutes(i * 37L % 500_000);
            text.Append(CultureInfo.InvariantCulture, $"c{i * 7919 % 1009},i{i * 104729 % 509},o{i / 3},{day:yyyy-MM-dd HH:mm:ss},{1 + (i % 5)},{(i * 31 % 997) / 100.0:0.00}\n");
        }

        return text.ToString();
    }
}

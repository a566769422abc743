using Loyalty.ML.Data;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Data;

public sealed class PurchaseHistoryLoaderTests : IDisposable
{
    private const string SampleHeader = "customer_id,item_id,order_id,timestamp,quantity,unit_price,channel,store";
    private static readonly LoadOptions Lenient = new() { MaxMalformedFraction = 1 };
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_SampleFormatWithoutMapping_ReadsTransactionsItemsAndCustomers()
    {
        var transactions = _folder.Write("transactions.csv", $"""
            {SampleHeader}
            c1,i1,o1,2024-03-05T14:22:00,2,3.5,web,s1
            c1,i2,o1,2024-03-05T14:22:00,1,10,web,s1
            c2,i1,o2,2024-03-06T09:00:00Z,1,3.5,store,s2
            c2,i1,o3,2024-03-07T10:00:00,-1,3.5,store,s2
            """);
        var items = _folder.Write("items.csv", "item_id,name,category,price\ni1,Mug,kitchen,3.5\ni2,Lamp,home,10\n");
        var customers = _folder.Write("customers.csv", """
            customer_id,name,birthday,signup_date,preferred_channel,marketing_consent
            c1,Ann,1990-05-01,2023-01-02,web,true
            c2,Bob,,2023-02-03,store,false
            """);

        var result = PurchaseHistoryLoader.Load(new DataSources(transactions, items, customers), LoadOptions.Default);

        var history = result.History;
        Assert.Equal(4, result.Report.RowsRead);
        Assert.Equal(3, result.Report.RowsAccepted);
        Assert.Equal(1, result.Report.Outcomes["cancellation"]);
        Assert.Equal(3, history.Purchases.Count);
        Assert.Equal(1, history.Returns.Count);
        Assert.Equal(1f, history.Returns.Quantity[0]);
        Assert.Equal(history.Purchases.Order[0], history.Purchases.Order[1]);
        Assert.NotEqual(history.Purchases.Order[0], history.Purchases.Order[2]);
        Assert.Equal("Lamp", history.Catalog.Names[history.Items.GetOrAdd("i2")]);
        Assert.Equal("kitchen", history.Catalog.Categories[history.Catalog.Category[history.Items.GetOrAdd("i1")]]);
        Assert.Equal(new DateOnly(1990, 5, 1), history.Profiles!["c1"].Birthday);
        Assert.Null(history.Profiles["c2"].Birthday);
        Assert.True(history.Profiles["c1"].MarketingConsent);
        Assert.False(history.Profiles["c2"].MarketingConsent);
        Assert.Equal(2, result.Report.Customers!.RowsAccepted);
        Assert.Equal(new DateTime(2024, 3, 6, 9, 0, 0, DateTimeKind.Utc), history.Purchases.Time[2]);
        Assert.Equal(3, result.Sources.Count);
        Assert.Equal(FileChecksum.Sha256(transactions), result.Sources[0].Sha256);
    }

    [Fact]
    public void Load_ItemsWithUnitSizeAndUnit_ReadsThemIntoTheCatalog()
    {
        var transactions = _folder.Write("transactions.csv", $"{SampleHeader}\nc1,i1,o1,2024-03-05T14:22:00,1,2.69,web,s1\n");
        var items = _folder.Write("items.csv", "item_id,name,category,price,unit_size,unit\ni1,Milk,dairy,2.69,1,gallon\ni2,Milk,dairy,2.99,0.5,gallon\ni3,Cup,kitchen,3,,\n");

        var catalog = PurchaseHistoryLoader.Load(new DataSources(transactions, items), LoadOptions.Default).History;

        var index = (string id) => catalog.Items.GetOrAdd(id);
        Assert.Equal(0.5f, catalog.Catalog.UnitSize[index("i2")]);
        Assert.Equal("gallon", catalog.Catalog.Unit[index("i1")]);
        Assert.Equal(0f, catalog.Catalog.UnitSize[index("i3")]);
        Assert.Null(catalog.Catalog.Unit[index("i3")]);
    }

    [Fact]
    public void Load_ItemsWithPagesAndPictures_CarriesSafeLinksAndCallsTheRestBadUrl()
    {
        var transactions = _folder.Write("transactions.csv", $"{SampleHeader}\nc1,i1,o1,2024-03-05T14:22:00,1,2.69,web,s1\n");
        var items = _folder.Write("items.csv", """
            item_id,name,price,url,image_url
            i1,Milk,2.69,https://shop.example/p/i1,/img/i1.jpg
            i2,Cup,3,,
            i3,Bad,3,javascript:alert(1),/img/i3.jpg
            i4,Far,3,/p/i4,//cdn.example/i4.jpg
            """);

        var result = PurchaseHistoryLoader.Load(new DataSources(transactions, items), Lenient);

        var catalog = result.History.Catalog;
        var index = (string id) => result.History.Items.GetOrAdd(id);
        Assert.Equal(("https://shop.example/p/i1", "/img/i1.jpg"), (catalog.Url[index("i1")], catalog.ImageUrl[index("i1")]));
        Assert.Equal(((string?)null, (string?)null), (catalog.Url[index("i2")], catalog.ImageUrl[index("i2")]));
        Assert.Equal(2, result.Report.Items!.Outcomes["bad_url"]);
        Assert.Contains("javascript:alert(1)", result.Report.Items.Examples["bad_url"][0].Reason, StringComparison.Ordinal);
        Assert.Contains("//cdn.example/i4.jpg", result.Report.Items.Examples["bad_url"][1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RowsHittingEveryRule_CountsEachOutcomeOnceAndAddsUp()
    {
        var mapping = _folder.Write("mapping.json", """
            {
              "transactions": {
                "cancellations": { "order_id_prefix": "C", "negative_quantity": true },
                "non_products": { "item_ids": ["POST"], "item_id_pattern": "^gift_" }
              }
            }
            """);
        var transactions = _folder.Write("transactions.csv", $"""
            {SampleHeader}
            c1,i1,o1,2024-01-01,1,2,web,s
            ,i1,o2,2024-01-01,1,2,web,s
            c1,POST,o1,2024-01-01,1,2,web,s
            c1,gift_10,o1,2024-01-01,1,2,web,s
            c1,i1,C9,2024-01-02,1,2,web,s
            c1,i1,o3,2024-01-02,-2,2,web,s
            c1,i1,o4,2024-01-02,0,2,web,s
            c1,i1,o4,2024-01-02,1,0,web,s
            c1,i1,o4,2024-01-02,1,-3,web,s
            c1,i1,o4,2024-01-02,1,2,web
            c1,,o4,2024-01-02,1,2,web,s
            c1,i1,o4,2024-13-02,1,2,web,s
            c1,i1,o4,2024-01-02,one,2,web,s
            ,i1,o4,not a date,1,x,web,s
            """);

        var report = PurchaseHistoryLoader.Load(new DataSources(transactions, Mapping: mapping), Lenient).Report;

        var expected = new Dictionary<string, long>
        {
            ["accepted"] = 1, ["missing_customer_id"] = 1, ["non_product"] = 2, ["cancellation"] = 2,
            ["negative_quantity"] = 0, ["zero_quantity"] = 1, ["zero_price"] = 1, ["negative_price"] = 1,
            ["oversized_field"] = 0, ["wrong_field_count"] = 1, ["missing_field"] = 1, ["bad_date"] = 2, ["bad_number"] = 1, ["bad_url"] = 0,
        };
        Assert.Equal(expected, report.Outcomes);
        Assert.Equal(14, report.RowsRead);
        Assert.Equal(report.RowsRead, report.RowsAccepted + report.RowsExcluded + report.RowsMalformed);
        Assert.Equal(5, report.RowsMalformed);
        Assert.Equal([13L, 15L], report.Transactions.Examples["bad_date"].Select(issue => issue.Line));
        Assert.Contains("'2024-13-02'", report.Transactions.Examples["bad_date"][0].Reason);
        Assert.Contains("column 'quantity'", report.Transactions.Examples["bad_number"][0].Reason);
        Assert.Equal(11, report.Transactions.Examples["wrong_field_count"][0].Line);
    }

    [Fact]
    public void Load_SameOrderIdUnderTwoCustomersOnConsecutiveLines_GivesEachCustomerItsOwnOrder()
    {
        var transactions = _folder.Write("transactions.csv", """
            customer_id,item_id,order_id,timestamp,quantity,unit_price
            C1,I1,O1,2026-02-01T10:00:00,1,2.5
            C2,I2,O1,2026-02-01T10:00:00,1,3
            C2,I3,O1,2026-02-01T10:00:00,1,4
            """);

        var purchases = PurchaseHistoryLoader.Load(new DataSources(transactions), LoadOptions.Default).History.Purchases;

        Assert.NotEqual(purchases.Order[0], purchases.Order[1]);
        Assert.Equal(purchases.Order[1], purchases.Order[2]);
    }

    [Fact]
    public void Load_Report_SerializesWithTheBundleConventions()
    {
        var transactions = _folder.Write("transactions.csv", $"{SampleHeader}\nc1,i1,o1,2024-01-01,1,2,web,s\n,i1,o2,2024-01-01,1,2,web,s\n");
        var path = Path.Combine(_folder.Path, "data_report.json");

        BundleJson.Write(path, PurchaseHistoryLoader.Load(new DataSources(transactions), LoadOptions.Default).Report);

        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(2, json["rows_read"]!.GetValue<long>());
        Assert.Equal(1, json["rows_accepted"]!.GetValue<long>());
        Assert.Equal(1, json["outcomes"]!["missing_customer_id"]!.GetValue<long>());
        Assert.Equal(3, json["transactions"]!["examples"]!["missing_customer_id"]![0]!["line"]!.GetValue<long>());
        Assert.Equal(1, BundleJson.Read<DataReport>(path).RowsAccepted);
    }

    [Fact]
    public void Load_NegativeQuantityNotMarkedAsReturn_ExcludesAsNegativeQuantity()
    {
        var mapping = _folder.Write("mapping.json", """{ "transactions": { "cancellations": { "negative_quantity": false } } }""");
        var transactions = _folder.Write("transactions.csv", $"{SampleHeader}\nc1,i1,o1,2024-01-01,1,2,web,s\nc1,i1,o2,2024-01-02,-1,2,web,s\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(transactions, Mapping: mapping), LoadOptions.Default);

        Assert.Equal(1, result.Report.Outcomes["negative_quantity"]);
        Assert.Equal(0, result.History.Returns.Count);
    }

    [Fact]
    public void Load_QuotedFields_ReadsCommasLineBreaksAndQuotesAndCountsPhysicalLines()
    {
        var mapping = _folder.Write("mapping.json", """{ "transactions": { "columns": { "item_name": "description" } } }""");
        var transactions = _folder.Write("transactions.csv", $"""
            {SampleHeader},description
            c1,i1,o1,2024-01-01,1,2,web,s,"AIRLINE LOUNGE,METAL SIGN"
            c1,i2,o1,2024-01-01,1,2,web,s,"two
            lines"
            "c""1",i3,"o""1",2024-01-01,1,2,web,s,"RECORD FRAME 7"" SINGLE"
            c1,i4,o2,2024-01-01,1,bad,web,s,x
            """);

        var result = PurchaseHistoryLoader.Load(new DataSources(transactions, Mapping: mapping), Lenient);

        var names = result.History.Catalog.Names;
        Assert.Equal("AIRLINE LOUNGE,METAL SIGN", names[result.History.Items.GetOrAdd("i1")]);
        Assert.Equal("two\nlines", names[result.History.Items.GetOrAdd("i2")]!.ReplaceLineEndings("\n"));
        Assert.Equal("RECORD FRAME 7\" SINGLE", names[result.History.Items.GetOrAdd("i3")]);
        Assert.Equal(3, result.Report.RowsAccepted);
        Assert.Equal(["c1", "c\"1"], result.History.Customers.Ids);
        Assert.Equal(2, result.History.Purchases.Order.Take(3).Distinct().Count());
        Assert.Equal(6, result.Report.Transactions.Examples["bad_number"][0].Line);
    }

    [Fact]
    public void Load_GzipFile_ReadsTheSameRowsAsThePlainFile()
    {
        var content = $"{SampleHeader}\nc1,i1,o1,2024-01-01,1,2,web,s\nc2,i2,o2,2024-01-02,3,4,web,s\n";
        var plain = PurchaseHistoryLoader.Load(new DataSources(_folder.Write("plain.csv", content)), LoadOptions.Default);
        var gzip = PurchaseHistoryLoader.Load(new DataSources(_folder.WriteGzip("transactions.csv.gz", content)), LoadOptions.Default);
        var unnamed = PurchaseHistoryLoader.Load(new DataSources(_folder.WriteGzip("export.csv", content)), LoadOptions.Default);

        Assert.Equal(2, gzip.Report.RowsAccepted);
        Assert.Equal(plain.History.Purchases.Quantity.Take(2), gzip.History.Purchases.Quantity.Take(2));
        Assert.Equal(plain.History.Items.Ids, unnamed.History.Items.Ids);
    }

    [Fact]
    public void Load_ItemlessExportWithAmounts_LoadsCustomerLevelHistory()
    {
        var mapping = _folder.Write("mapping.json", """
            {
              "transactions": {
                "columns": { "customer_id": "Client", "timestamp": "Date", "amount": "Total",
                             "item_id": null, "order_id": null, "quantity": null, "unit_price": null },
                "format": { "date_formats": ["dd.MM.yyyy"], "decimal_separator": ",", "delimiter": ";" }
              }
            }
            """);
        var transactions = _folder.Write("transactions.csv", "Client;Date;Total\nA;01.02.2024;\"12,50\"\nA;03.02.2024;-2,5\nB;04.02.2024;7\n");
        var itemsFile = _folder.Write("items.csv", "item_id,name\ni1,Mug\n");

        var result = PurchaseHistoryLoader.Load(new DataSources(transactions, itemsFile, Mapping: mapping), LoadOptions.Default);

        Assert.False(result.History.HasItems);
        Assert.Equal(2, result.History.Purchases.Count);
        Assert.Equal(12.5, result.History.Purchases.Amount(0), 3);
        Assert.Equal(-1, result.History.Purchases.Item[0]);
        Assert.Equal(1, result.History.Returns.Count);
        Assert.Equal(2.5, result.History.Returns.Amount(0), 3);
        Assert.Equal(new DateTime(2024, 2, 1), result.History.FirstTime);
        Assert.Single(result.Report.Notes);
    }
}

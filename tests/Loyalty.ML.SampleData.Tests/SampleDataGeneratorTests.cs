using System.Globalization;
using Loyalty.ML.Data;
using Loyalty.ML.Tests;

namespace Loyalty.ML.SampleData.Tests;

public sealed class SampleDataGeneratorTests : IDisposable
{
    private static readonly SampleDataOptions Small = new() { Customers = 400, Items = 120, Lines = 8_000 };
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Generate_SameSeed_WritesIdenticalFiles()
    {
        SampleDataGenerator.Generate(Small, _folder.Combine("a"));
        SampleDataGenerator.Generate(Small, _folder.Combine("b"));

        foreach (var file in AllFiles)
        {
            Assert.Equal(File.ReadAllBytes(_folder.Combine("a", file)), File.ReadAllBytes(_folder.Combine("b", file)));
        }
    }

    [Fact]
    public void Generate_DifferentSeed_WritesDifferentTransactions()
    {
        SampleDataGenerator.Generate(Small, _folder.Combine("a"));
        SampleDataGenerator.Generate(Small with { Seed = Small.Seed + 1 }, _folder.Combine("b"));

        Assert.NotEqual(File.ReadAllBytes(_folder.Combine("a", SampleFiles.Transactions)), File.ReadAllBytes(_folder.Combine("b", SampleFiles.Transactions)));
    }

    [Fact]
    public void Generate_SmallOptions_WritesTheSampleFormatWithConsistentReferences()
    {
        SampleDataGenerator.Generate(Small, _folder.Path);

        var items = SampleCsv.Read(_folder.Combine(SampleFiles.Items));
        var customers = SampleCsv.Read(_folder.Combine(SampleFiles.Customers));
        var transactions = SampleCsv.Read(_folder.Combine(SampleFiles.Transactions));
        Assert.Equal(SampleFiles.ItemsHeader, string.Join(',', items.Header));
        Assert.Equal(SampleFiles.CustomersHeader, string.Join(',', customers.Header));
        Assert.Equal(SampleFiles.TransactionsHeader, string.Join(',', transactions.Header));
        Assert.Equal(SampleFiles.GroundTruthHeader, string.Join(',', SampleCsv.Read(_folder.Combine(SampleFiles.GroundTruth)).Header));
        Assert.All(items.Column("price"), price => Assert.True(Parse(price) > 0));
        Assert.All(customers.Column("marketing_consent"), consent => Assert.Contains(consent, new[] { "true", "false" }));
        Assert.All(customers.Column("signup_date"), date => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        var itemIds = items.Column("item_id").ToHashSet();
        var customerIds = customers.Column("customer_id").ToHashSet();
        Assert.Equal(Small.Items, itemIds.Count);
        Assert.Equal(Small.Customers, customerIds.Count);
        var (start, end) = (Small.Start, Small.End);
        foreach (var row in transactions.Rows)
        {
            Assert.Contains(row[0], customerIds);
            Assert.Contains(row[1], itemIds);
            var time = DateTime.ParseExact(row[3], "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            Assert.InRange(time, start, end.AddTicks(-1));
            Assert.NotEqual(0, int.Parse(row[4], CultureInfo.InvariantCulture));
            Assert.True(Parse(row[5]) > 0);
            Assert.Contains(row[6], new[] { "online", "store", "app" });
            Assert.Equal(row[6] == "store", row[7].Length > 0);
        }
    }

    [Fact]
    public void Generate_GroundTruth_MatchesWhatCustomersBought()
    {
        SampleDataGenerator.Generate(Small, _folder.Path);

        var truth = SampleCsv.Read(_folder.Combine(SampleFiles.GroundTruth)).Rows.ToDictionary(row => row[0]);
        var transactions = SampleCsv.Read(_folder.Combine(SampleFiles.Transactions));
        var byCustomer = transactions.Rows.GroupBy(row => row[0]).ToDictionary(group => group.Key, group => group.ToList());
        Assert.Equal(Small.Customers, truth.Count);
        Assert.Contains(truth.Values, row => row[3] == "churned");
        Assert.Contains(truth.Values, row => row[3] == "lapsing");
        Assert.Contains(truth.Values, row => row[3] == "active");
        foreach (var (customer, row) in truth)
        {
            var days = byCustomer[customer].Select(line => DateOnly.FromDateTime(DateTime.Parse(line[3], CultureInfo.InvariantCulture))).ToList();
            var purchases = byCustomer[customer].Where(line => !line[4].StartsWith('-')).Select(line => DateOnly.FromDateTime(DateTime.Parse(line[3], CultureInfo.InvariantCulture)));
            Assert.Equal(Date(row[1]), purchases.Min());
            if (row[3] == "active")
            {
                Assert.Equal(string.Empty, row[2]);
                continue;
            }

            var churned = Date(row[2]);
            Assert.Equal(row[3] == "churned", churned <= Small.EndDate);
            Assert.All(days, day => Assert.True(day < churned, $"{customer} has a line on {day} but churned at {churned}"));
        }
    }

    [Fact]
    public void Generate_ScalingOptions_AreRespected()
    {
        var options = new SampleDataOptions { Customers = 1_500, Items = 900, Lines = 40_000, Days = 400, EndDate = new DateOnly(2024, 6, 30), Seed = 3 };

        var summary = SampleDataGenerator.Generate(options, _folder.Path);

        var transactions = SampleCsv.Read(_folder.Combine(SampleFiles.Transactions));
        Assert.Equal(options.Customers, SampleCsv.Read(_folder.Combine(SampleFiles.Customers)).Rows.Count);
        Assert.Equal(options.Items, SampleCsv.Read(_folder.Combine(SampleFiles.Items)).Rows.Count);
        var purchases = transactions.Column("quantity").Count(quantity => !quantity.StartsWith('-'));
        Assert.Equal(summary.PurchaseLines, purchases);
        Assert.Equal(summary.PurchaseLines + summary.ReturnLines, transactions.Rows.Count);
        Assert.InRange(purchases, 0.95 * options.Lines, 1.05 * options.Lines);
        Assert.Equal("2024-06-30", transactions.Column("timestamp").Max(StringComparer.Ordinal)![..10]);
        var first = DateTime.Parse(transactions.Column("timestamp").Min(StringComparer.Ordinal)!, CultureInfo.InvariantCulture);
        Assert.InRange(first, options.Start, options.Start.AddDays(7));
    }

    [Fact]
    public void Generate_InvalidOptions_ThrowsNamingEveryOneAndWritesNothing()
    {
        var error = Assert.Throws<ArgumentException>(() => SampleDataGenerator.Generate(Small with { Customers = 0, Days = 10 }, _folder.Combine("out")));

        Assert.Contains("customers must be at least 1, not 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("days must be 30–36,500, not 10", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("out")));
    }

    [Fact]
    public void GenerateHistory_SmallOptions_MatchesTheFiles()
    {
        var summary = SampleDataGenerator.Generate(Small, _folder.Path);

        var (history, customers) = SampleDataGenerator.GenerateHistory(Small);

        Assert.Equal(summary.PurchaseLines, history.Purchases.Count);
        Assert.Equal(summary.ReturnLines, history.Returns.Count);
        Assert.Equal(Small.Customers, customers.Count);
        Assert.Equal(Small.Items, history.Items.Count);
        Assert.Equal(summary.Categories, history.Catalog.Categories.Count);
        Assert.NotNull(history.Profiles);
    }

    [Fact]
    public void Generate_SampleFolder_LoadsWithoutAMappingAndEveryRowAccountedFor()
    {
        var summary = SampleDataGenerator.Generate(Small, _folder.Path);

        var result = PurchaseHistoryLoader.Load(DataSources.FromFolder(_folder.Path), LoadOptions.Default);

        Assert.Equal(summary.PurchaseLines + summary.ReturnLines, result.Report.RowsRead);
        Assert.Equal(summary.PurchaseLines, result.Report.RowsAccepted);
        Assert.Equal(summary.ReturnLines, result.History.Returns.Count);
        Assert.Equal(Small.Customers, result.History.Profiles!.Count);
        Assert.Equal(summary.Categories, result.History.Catalog.Categories.Count);
        Assert.InRange(result.History.LastTime, Small.End.AddDays(-7), Small.End);
    }

    public void Dispose() => _folder.Dispose();

    private static string[] AllFiles => [SampleFiles.Transactions, SampleFiles.Items, SampleFiles.Customers, SampleFiles.GroundTruth];

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

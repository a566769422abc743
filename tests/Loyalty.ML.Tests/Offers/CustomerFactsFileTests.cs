using Loyalty.ML.Offers;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Offers;

public sealed class CustomerFactsFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void From_History_CountsOrdersAndAverageOrderValuePerCustomer()
    {
        var facts = CustomerFactsFile.From(History()).ToDictionary(fact => fact.CustomerId);

        Assert.Equal(2, facts["c1"].Orders);
        Assert.Equal((10.0 + 4.0 + 6.0) / 2, facts["c1"].AverageOrderValue, 6);
        Assert.Equal((new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 1)), (facts["c1"].FirstPurchase, facts["c1"].LastPurchase));
        Assert.Equal(new DateOnly(1990, 5, 1), facts["c1"].Profile!.Birthday);
        Assert.Null(facts["c,2"].Profile);
        Assert.Null(facts["c3"].Profile!.MarketingConsent);
    }

    [Fact]
    public void Read_WrittenFacts_RoundTripsEveryField()
    {
        var path = _folder.Combine(CustomerFactsFile.FileName);
        var written = CustomerFactsFile.From(History()).ToList();

        CustomerFactsFile.Write(path, written);
        var read = CustomerFactsFile.Read(path);

        Assert.Equal(written.Count, read.Count);
        foreach (var fact in written)
        {
            var back = read[fact.CustomerId];
            Assert.Equal((fact.FirstPurchase, fact.LastPurchase, fact.Orders, fact.AverageOrderValue), (back.FirstPurchase, back.LastPurchase, back.Orders, back.AverageOrderValue));
            Assert.Equal(fact.Profile?.Birthday, back.Profile?.Birthday);
            Assert.Equal(fact.Profile?.MarketingConsent, back.Profile?.MarketingConsent);
            Assert.Equal(fact.Profile?.PreferredChannel, back.Profile?.PreferredChannel);
        }
    }

    [Fact]
    public void Read_TruncatedRow_ThrowsNamingFileAndLine()
    {
        var path = _folder.Combine(CustomerFactsFile.FileName);
        CustomerFactsFile.Write(path, CustomerFactsFile.From(History()));
        File.AppendAllText(path, "c9,2026-01-01\n");

        var error = Assert.Throws<InvalidDataException>(() => CustomerFactsFile.Read(path));

        Assert.Contains($"{path}:{File.ReadLines(path).Count()}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnparseableNumber_ThrowsNamingFileAndLine()
    {
        var path = _folder.Combine(CustomerFactsFile.FileName);
        CustomerFactsFile.Write(path, CustomerFactsFile.From(History()));
        File.AppendAllText(path, "c9,2026-01-01,2026-01-02,two,1.5,,,,\n");

        var error = Assert.Throws<InvalidDataException>(() => CustomerFactsFile.Read(path));

        Assert.Contains($"{path}:{File.ReadLines(path).Count()}", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    internal static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("c1", "i1", "o1", new DateTime(2026, 1, 5), 2, 5);
        builder.AddPurchase("c1", "i2", "o2", new DateTime(2026, 2, 1), 1, 4);
        builder.AddPurchase("c1", "i3", "o2", new DateTime(2026, 2, 1), 3, 2);
        builder.AddPurchase("c,2", "i1", "o3", new DateTime(2026, 2, 3), 1, 5);
        builder.AddProfile(new CustomerProfile("c1", "Ann", new DateOnly(1990, 5, 1), new DateOnly(2025, 2, 10), "sms", true));
        builder.AddPurchase("c3", "i2", "o4", new DateTime(2026, 2, 4), 1, 4);
        builder.AddProfile(new CustomerProfile("c3", null, new DateOnly(1970, 1, 2), null, null, MarketingConsent: null));
        return builder.Build();
    }
}

using Loyalty.ML.Segmentation.Kpis;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Segmentation.Kpis;

/// <summary>
/// Seven customers as of 2025-03-31 with 30-day windows: the period is Mar 2 – Mar 31, the one before it
/// Jan 31 – Mar 1. A buys in both (retained), B and G only before (churned), C for the first time in the
/// period (new), D comes back after a pause (in the period, not before it), E bought only in January,
/// F buys in both. H only returns something bought before the data starts: a customer of nothing here.
/// Every expected value below is worked out from that by hand.
/// </summary>
public sealed class KpiCalculatorTests
{
    private static readonly KpiOptions Windows = new() { ActiveDays = 30, PeriodDays = 30 };

    private static readonly Lazy<ProgramKpis> Kpis = new(() => KpiCalculator.Compute(History(), Windows));

    [Fact]
    public void Compute_HandBuiltHistory_CountsBuyingCustomersAndOrders()
    {
        Assert.Equal(new DateTime(2025, 3, 31, 18, 0, 0), Kpis.Value.AsOf);
        Assert.Equal(7, Kpis.Value.Customers);
        Assert.Equal(11, Kpis.Value.Orders);
    }

    [Fact]
    public void Compute_HandBuiltHistory_ActiveIsBoughtWithinTheWindow()
    {
        // A (0 days), C (16), D (21), F (11); B's 49 days and the rest are outside 30.
        Assert.Equal(4, Kpis.Value.ActiveCustomers);
        Assert.Equal(400.0 / 7, Kpis.Value.EngagementRatePercent, 9);
    }

    [Fact]
    public void Compute_HandBuiltHistory_MoneyKpis()
    {
        // 80 + 30 + 40 + 60 + 15 + 40 + 25 in 11 orders; B returned 10, H 6. LTV nets only the buying customers' returns.
        Assert.Equal(290, Kpis.Value.Revenue, 6);
        Assert.Equal(16, Kpis.Value.Returns, 6);
        Assert.Equal(290.0 / 11, Kpis.Value.AverageCheck, 9);
        Assert.Equal(280.0 / 7, Kpis.Value.LtvToDate, 9);
    }

    [Fact]
    public void Compute_HandBuiltHistory_FrequencyAndRepeatRate()
    {
        Assert.Equal(11.0 / 7, Kpis.Value.PurchaseFrequency, 9);
        Assert.Equal(3, Kpis.Value.RepeatCustomers);
        Assert.Equal(300.0 / 7, Kpis.Value.RepeatPurchaseRatePercent, 9);
    }

    [Fact]
    public void Compute_HandBuiltHistory_RetentionOverTheLastPeriod()
    {
        // S = {A, B, F, G}, E = {A, C, D, F}; N = {C (first time), D (back after a pause)}; CRR = (4 - 2) / 4; churned = {B, G}.
        Assert.Equal(new RetentionKpis(30, 4, 4, 1, 1, 2, 2, 50, 50), Kpis.Value.Retention);
    }

    [Fact]
    public void Compute_NoPurchases_ThrowsArgumentException()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddReturn("A", "x", "R1", new DateTime(2025, 1, 1), 1, 2);

        Assert.Throws<ArgumentException>(() => KpiCalculator.Compute(builder.Build()));
    }

    [Fact]
    public void Compute_ZeroWindow_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => KpiCalculator.Compute(History(), new KpiOptions { PeriodDays = 0 }));

        Assert.Contains("retention period must be at least 1 day, not 0", error.Message, StringComparison.Ordinal);
    }

    private static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        void Buy(string customer, string order, int year, int month, int day, float quantity, float price) =>
            builder.AddPurchase(customer, $"sku-{price}", order, new DateTime(year, month, day, 18, 0, 0), quantity, price);

        Buy("A", "O1", 2025, 1, 5, 2, 10);
        Buy("A", "O1", 2025, 1, 5, 1, 5);
        Buy("A", "O2", 2025, 2, 20, 1, 15);
        Buy("A", "O3", 2025, 3, 31, 1, 40);
        Buy("B", "O4", 2025, 2, 10, 1, 30);
        builder.AddReturn("B", "sku-30", "R4", new DateTime(2025, 2, 15), 1, 10);
        Buy("C", "O5", 2025, 3, 15, 2, 20);
        Buy("D", "O6", 2024, 12, 1, 1, 50);
        Buy("D", "O7", 2025, 3, 10, 1, 10);
        Buy("E", "O8", 2025, 1, 10, 3, 5);
        Buy("F", "O9", 2025, 2, 1, 1, 20);
        Buy("F", "O10", 2025, 3, 20, 1, 20);
        Buy("G", "O11", 2025, 2, 5, 1, 25);
        builder.AddReturn("H", "sku-6", "R9", new DateTime(2025, 3, 1), 1, 6);
        return builder.Build();
    }
}

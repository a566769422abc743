using System.Globalization;
using Loyalty.ML.Data;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Tests.Data.Events;

public sealed class PurchaseEventRulesTests
{
    [Theory]
    [InlineData("", 1, 9.5, "missing_customer_id")]
    [InlineData("C1", 0, 9.5, "zero_quantity")]
    [InlineData("C1", 2_000_000, 9.5, "bad_number")]
    [InlineData("C1", 1, 0, "zero_price")]
    [InlineData("C1", 1, -3, "negative_price")]
    [InlineData("C1", 1, 2e9, "bad_number")]
    [InlineData("C1", 1e-320, 9.5, "bad_number")]
    [InlineData("C1", 1, 1e-9, "bad_number")]
    public void Rejection_WhatTheLoaderExcludes_IsRejectedWithItsName(string customer, double quantity, double price, string reason)
    {
        var purchase = EventStoreTests.Purchase("e", 2026, 1, 5, customer) with { Quantity = quantity, UnitPrice = price };

        Assert.StartsWith(reason, PurchaseEventRules.Rejection(purchase), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejection_ReturnWithPrice_IsAccepted()
    {
        var purchase = EventStoreTests.Purchase("e", 2026, 1, 5) with { Quantity = -2 };

        Assert.Null(PurchaseEventRules.Rejection(purchase));
        Assert.True(purchase.IsReturn);
    }

    [Theory]
    [InlineData("C1", "I1", "O1", 1, 9.5)]
    [InlineData("", "I1", "O1", 1, 9.5)]
    [InlineData("C1", "I1", "O1", -2, 9.5)]
    [InlineData("C1", "I1", "O1", 0, 9.5)]
    [InlineData("C1", "I1", "O1", 1, 0)]
    [InlineData("C1", "I1", "O1", 1, -3)]
    [InlineData("C1", "I1", "O1", 2_000_000, 9.5)]
    public void Rejection_SameLineInAFileOfTheDefaultMapping_TheLoadersOutcomeAndReason(string customer, string item, string order, double quantity, double price)
    {
        var purchase = new PurchaseEvent("e", customer, item, quantity, price, new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), order);
        using var folder = new TempDirectory();
        var file = folder.Write("transactions.csv", string.Create(CultureInfo.InvariantCulture, $"customer_id,item_id,order_id,timestamp,quantity,unit_price\nC0,I0,O0,2026-01-05,1,1\n{customer},{item},{order},2026-01-05,{quantity},{price}\n"));

        var report = PurchaseHistoryLoader.Load(new DataSources(file), new LoadOptions { MaxMalformedFraction = 1 }).Report;

        // The first line is accepted, so the load succeeds whatever the second is.
        var outcome = report.Outcomes["accepted"] == 2 ? "accepted" : report.Outcomes.Single(pair => pair.Key != "accepted" && pair.Value == 1).Key;
        var rejection = PurchaseEventRules.Rejection(purchase);
        if (outcome is "accepted" or "cancellation")
        {
            Assert.Null(rejection);
        }
        else
        {
            Assert.StartsWith(outcome + ":", rejection, StringComparison.Ordinal);
            if (report.Transactions.Examples.TryGetValue(outcome, out var examples) && outcome != "bad_number")
            {
                Assert.EndsWith(examples[0].Reason, rejection, StringComparison.Ordinal);
            }
        }
    }
}

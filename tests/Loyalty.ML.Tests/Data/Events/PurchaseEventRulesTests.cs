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
}

using Loyalty.ML.Churn;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Offers;

/// <summary>What the offer rules know of a customer, gathered from the bundle.</summary>
public sealed record CustomerFacts(
    string CustomerId,
    DateOnly FirstPurchase,
    DateOnly LastPurchase,
    int Orders,
    double AverageOrderValue,
    CustomerProfile? Profile = null,
    string? Segment = null,
    ChurnScore? Churn = null)
{
    /// <summary>
    /// <paramref name="known"/> with reported purchases added (last purchase, orders, average order value); a customer
    /// the model does not know gets facts from their purchases alone. Null when there is nothing to go on.
    /// </summary>
    internal static CustomerFacts? WithPurchases(string customerId, CustomerFacts? known, PurchaseSummary? reported)
    {
        if (reported is null)
        {
            return known;
        }

        return known is null
            ? new CustomerFacts(customerId, reported.FirstPurchase, reported.LastPurchase, reported.Orders, reported.Spend / reported.Orders)
            : known with
            {
                LastPurchase = reported.LastPurchase > known.LastPurchase ? reported.LastPurchase : known.LastPurchase,
                Orders = known.Orders + reported.Orders,
                AverageOrderValue = ((known.AverageOrderValue * known.Orders) + reported.Spend) / (known.Orders + reported.Orders),
            };
    }
}

using Loyalty.ML.Churn;
using Loyalty.ML.Core;

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
    ChurnScore? Churn = null);

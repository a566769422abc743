namespace Loyalty.ML.Api.Contracts;

/// <summary>One offer as the API shows it; <c>type</c> is snake_case (<c>win_back</c>, <c>cross_sell</c>, …).</summary>
public sealed record OfferView(
    string Type,
    IReadOnlyList<string> Items,
    double DiscountPercent,
    double BonusValue,
    double BonusMultiplier,
    string Channel,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    string Reason,
    bool ServiceMessage);

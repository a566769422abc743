using Loyalty.ML.Api.Items;

namespace Loyalty.ML.Api.Offers;

/// <summary>
/// One offer as the API shows it, its items with their tiles; <c>type</c> is snake_case (<c>win_back</c>, <c>cross_sell</c>, …). <c>group</c> is
/// <c>treatment</c>, or <c>control</c> for an offer held out of its <c>campaign</c> (shown only when asked for; never send it).
/// </summary>
public sealed record OfferView(
    string Type,
    IReadOnlyList<ItemTileView> Items,
    double DiscountPercent,
    double BonusValue,
    double BonusMultiplier,
    string Channel,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    string Reason,
    bool ServiceMessage,
    string Campaign = "",
    string Group = "treatment");

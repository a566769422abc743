using Loyalty.ML.Offers.Rules;

namespace Loyalty.ML.Offers;

/// <summary>
/// The kind of an offer: the snake_case name its rule proposes it under (<c>win_back</c>, <c>cross_sell</c>, …), as
/// metrics, exports, events, holdouts and the API write it. Types are ordered as their rules are registered in
/// <see cref="OfferRuleRegistry"/>: offers of equal priority are ranked in that order and metrics list types in it.
/// </summary>
public readonly record struct OfferType : IComparable<OfferType>
{
    internal OfferType(string name) => Name = name;

    /// <summary>The snake_case name.</summary>
    public string Name { get; }

    /// <summary>Every registered offer type, in registration order.</summary>
    public static IReadOnlyList<OfferType> All => OfferRuleRegistry.Types;

    /// <summary>The registered type named <paramref name="name"/>, when there is one.</summary>
    public static bool TryParse(string? name, out OfferType type)
    {
        type = All.FirstOrDefault(candidate => candidate.Name == name);
        return type.Name is not null;
    }

    /// <inheritdoc />
    public int CompareTo(OfferType other) => OfferRuleRegistry.RankOf(this).CompareTo(OfferRuleRegistry.RankOf(other));

    /// <inheritdoc />
    public override string ToString() => Name;
}

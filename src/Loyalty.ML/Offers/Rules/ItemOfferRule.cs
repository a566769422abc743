namespace Loyalty.ML.Offers.Rules;

/// <summary>Cross-sell, up-sell and replenishment: offers built on recommended items.</summary>
public sealed class ItemOfferRule : OfferRule
{
    /// <summary>How many items the offer names.</summary>
    public int Items { get; init; } = 3;

    internal override IEnumerable<string> Validate(string name)
    {
        foreach (var error in base.Validate(name))
        {
            yield return error;
        }

        if (Items is < 1 or > 20)
        {
            yield return $"{name}.items must be between 1 and 20";
        }
    }
}

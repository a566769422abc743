using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Offers.Rules;

/// <summary>An offer built on the customer's recommended items of one kind: none when the list is only popular fillers.</summary>
internal abstract class ItemOfferRule : OfferRule
{
    /// <summary>How many items the offer names.</summary>
    public int Items { get; init; } = 3;

    /// <summary>The list the offer names items of.</summary>
    internal abstract RecommendationKind Kind { get; }

    /// <summary>Why the offer is made, before the first item's own reason.</summary>
    internal abstract string Why { get; }

    internal override IEnumerable<Offer> Propose(OfferContext context)
    {
        if (context.Recommender is null)
        {
            yield break;
        }

        var result = context.Recommender.Recommend(context.Customer.CustomerId, new RecommendationQuery(Items, Kind));
        if (result.Fallback is null && result.Items.Count > 0)
        {
            var reason = result.Items[0].Reason is { } first ? $"{Why}: {first}" : Why;
            yield return context.Offer(this, result.Items.Select(item => item.ItemId).ToList(), reason);
        }
    }

    internal override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (Items is < 1 or > 20)
        {
            yield return $"{SettingsKey}.items must be between 1 and 20";
        }
    }
}

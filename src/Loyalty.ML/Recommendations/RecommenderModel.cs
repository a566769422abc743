using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations;

/// <summary>Everything the recommender serves from, as saved in the bundle by <see cref="RecommenderModelFile"/>.</summary>
public sealed record RecommenderModel
{
    public required IdMap Customers { get; init; }

    public required IdMap Items { get; init; }

    public required string?[] ItemNames { get; init; }

    public required int[] ItemCategory { get; init; }

    public required IdMap Categories { get; init; }

    public required float[] ItemPrice { get; init; }

    public required AlsFactors Factors { get; init; }

    /// <summary>Time-decayed popularity per item.</summary>
    public required float[] Popularity { get; init; }

    public required CustomerHistory History { get; init; }

    /// <summary>Order co-occurrence neighbours per item, best first.</summary>
    public required ItemNeighbors AlsoBought { get; init; }

    public required AlsoBoughtMethod AlsoBoughtMethod { get; init; }

    /// <summary>The method personal lists are ranked by.</summary>
    public PersonalMethod Personal { get; init; } = PersonalMethod.Als;

    /// <summary>Weight of ALS in <see cref="PersonalMethod.BlendAlsItemKnn"/> (item-kNN gets the rest).</summary>
    public float BlendWeight { get; init; } = 0.5f;

    /// <summary>Item-kNN neighbours (Jaccard over customers) per item, best first; empty when no method uses them.</summary>
    public ItemNeighbors ItemKnn { get; init; } = ItemNeighbors.Empty(0);

    /// <summary>Date of the last purchase in the training data: "now" for buy-again.</summary>
    public required DateTime AsOf { get; init; }

    /// <summary>The ALS settings the factors were fitted with, for re-solving one customer's factors.</summary>
    public required FoldInSettings FoldIn { get; init; }

    public string Label(int item) => ItemNames[item] ?? Items[item];
}

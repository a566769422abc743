using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations;

/// <summary>Everything the recommender serves from, as saved in the bundle by <see cref="RecommenderModelFile"/>.</summary>
public sealed record RecommenderModel
{
    /// <summary>Customer ids and their indexes (rows of <see cref="Factors"/> and <see cref="History"/>).</summary>
    public required IdMap Customers { get; init; }

    /// <summary>Item ids (SKUs) and their indexes, shared by every per-item array.</summary>
    public required IdMap Items { get; init; }

    /// <summary>Item name per item index, or null when the data has none.</summary>
    public required string?[] ItemNames { get; init; }

    /// <summary>Category index per item index (into <see cref="Categories"/>), or -1.</summary>
    public required int[] ItemCategory { get; init; }

    /// <summary>Category names by index.</summary>
    public required IdMap Categories { get; init; }

    /// <summary>List price per item index, from the catalog.</summary>
    public required float[] ItemPrice { get; init; }

    /// <summary>Units per item (0 when unknown), from the catalog's unit size; empty when the catalog has none.</summary>
    public float[] ItemUnitSize { get; init; } = [];

    /// <summary>The unit each item's size counts, or null; empty when the catalog has none.</summary>
    public string?[] ItemUnit { get; init; } = [];

    /// <summary>ALS customer and item factors.</summary>
    public required AlsFactors Factors { get; init; }

    /// <summary>Popularity per item: time-decayed, or the served popularity candidate's own when one is served.</summary>
    public required float[] Popularity { get; init; }

    /// <summary>Per customer, the items bought with their last day, purchase days and gaps, and the usual unit price.</summary>
    public required CustomerHistory History { get; init; }

    /// <summary>Order co-occurrence neighbours per item, best first.</summary>
    public required ItemNeighbors AlsoBought { get; init; }

    /// <summary>Where the also-bought lists come from: order co-occurrence or factor similarity.</summary>
    public required AlsoBoughtMethod AlsoBoughtMethod { get; init; }

    /// <summary>The fitted personal candidate lists are ranked by.</summary>
    internal Candidates.IPersonalPart Personal { get; init; } = Candidates.AlsCandidate.Part;

    /// <summary>Name of the personal candidate lists are ranked by (as metrics.json names it).</summary>
    public string PersonalMethod => Personal.Name;

    /// <summary>Date of the last purchase in the training data: "now" for buy-again.</summary>
    public required DateTime AsOf { get; init; }

    /// <summary>The ALS settings the factors were fitted with, for re-solving one customer's factors.</summary>
    public required FoldInSettings FoldIn { get; init; }

    /// <summary>Display label of <paramref name="item"/>: its name, or its id when it has none.</summary>
    public string Label(int item) => ItemNames[item] ?? Items[item];
}

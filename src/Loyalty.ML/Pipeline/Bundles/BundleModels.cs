using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Offers;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// The serving-side models a bundle folder holds, each loaded when its files are there. Used for
/// published bundles (after verification) and by training steps reading what earlier steps staged.
/// </summary>
public sealed record BundleModels(
    IRecommender? Recommender,
    IChurnScores? Churn,
    IReadOnlyDictionary<string, CustomerSegment>? Segments,
    IReadOnlyDictionary<string, CustomerFacts>? Customers)
{
    /// <summary>Re-scores a customer who reported purchases since training, when the bundle has the churn fold-in data.</summary>
    public ChurnRescorer? ChurnRescorer { get; init; }

    /// <summary>Every item's tile (name, category, price, page, picture) by item id, when the bundle has them.</summary>
    public IReadOnlyDictionary<string, ItemTile>? Tiles { get; init; }

    /// <summary>The RFM values segments were scored against, to place a customer whose purchases changed since training.</summary>
    public RfmPopulation? SegmentPopulation { get; init; }

    /// <summary><paramref name="facts"/> with the segment and churn score these models hold for the customer: what the offer rules read.</summary>
    public CustomerFacts WithScores(CustomerFacts facts) => facts with
    {
        Segment = Segments?.GetValueOrDefault(facts.CustomerId)?.Segment,
        Churn = Churn is { } scores && scores.TryGet(facts.CustomerId, out var score) ? score : null,
    };

    /// <summary>Loads every model present in <paramref name="directory"/>.</summary>
    public static BundleModels Load(string directory)
    {
        var facts = Path.Combine(directory, CustomerFactsFile.FileName);
        var segments = SegmentsFile.ReadRowsIfPresent(directory);
        return new BundleModels(
            Recommender: AlsRecommender.LoadIfPresent(directory),
            Churn: ChurnScores.LoadIfPresent(directory),
            Segments: segments is null ? null : SegmentsFile.BySegment(segments),
            Customers: File.Exists(facts) ? CustomerFactsFile.Read(facts) : null)
        {
            ChurnRescorer = ChurnRescorer.LoadIfPresent(directory),
            SegmentPopulation = segments is null ? null : RfmPopulation.From(segments),
            Tiles = ItemTilesFile.LoadIfPresent(directory),
        };
    }
}

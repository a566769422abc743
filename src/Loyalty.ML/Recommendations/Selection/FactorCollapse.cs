using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// Whether the item factors still tell items apart: the share of random item pairs (both with factors) whose cosine
/// is at least <see cref="NearIdenticalCosine"/>. On a matrix too sparse for the factors, they collapse onto one
/// direction and every factor answer (ALS lists, factor neighbours, up-sell similarity) says nothing.
/// </summary>
/// <param name="NearIdenticalShare">Share of the sampled pairs that are near-identical.</param>
/// <param name="Pairs">Pairs sampled.</param>
internal sealed record FactorCollapse(double NearIdenticalShare, int Pairs)
{
    /// <summary>Cosine from which two item vectors count as near-identical.</summary>
    public const float NearIdenticalCosine = 0.99f;

    /// <summary>Share of near-identical pairs from which the factors count as collapsed.</summary>
    public const double CollapsedShare = 0.5;

    private const int SampledPairs = 4000;
    private const int Seed = 42;

    /// <summary>True when the factors have collapsed.</summary>
    public bool Collapsed => Pairs > 0 && NearIdenticalShare >= CollapsedShare;

    /// <summary>Samples pairs of <paramref name="factors"/>' items with a fixed seed.</summary>
    internal static FactorCollapse Measure(AlsFactors factors)
    {
        var similarity = new ItemSimilarity(factors);
        var items = Enumerable.Range(0, factors.ItemCount).Where(similarity.HasFactors).ToArray();
        if (items.Length < 2)
        {
            return new FactorCollapse(0, 0);
        }

        var random = new Random(Seed);
        var near = 0;
        for (var pair = 0; pair < SampledPairs; pair++)
        {
            var a = items[random.Next(items.Length)];
            var b = items[random.Next(items.Length)];
            near += a != b && similarity.Cosine(a, b) >= NearIdenticalCosine ? 1 : 0;
        }

        return new FactorCollapse(Math.Round((double)near / SampledPairs, 4), SampledPairs);
    }
}

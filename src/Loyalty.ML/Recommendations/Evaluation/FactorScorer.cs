using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>ALS scores: the customer's factors dotted with every item's, as serving computes them (<see cref="RowDots"/>).</summary>
internal sealed class FactorScorer(AlsFactors factors, string name = "als") : IItemScorer
{
    /// <summary>Name in the evaluation report (<c>als</c> unless given).</summary>
    public string Name => name;

    /// <summary>Fills the first <see cref="AlsFactors.ItemCount"/> entries of <paramref name="scores"/> with the customer's factor dot products.</summary>
    public void Score(int customer, Span<float> scores)
    {
        RowDots.Compute(factors.Items, factors.Factors, factors.Customer(customer), scores[..factors.ItemCount]);
    }
}

using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>ALS scores: the customer's factors dotted with every item's, as serving computes them (<see cref="RowDots"/>).</summary>
public sealed class FactorScorer(AlsFactors factors, string name = "als") : IItemScorer
{
    public string Name => name;

    public void Score(int customer, Span<float> scores)
    {
        RowDots.Compute(factors.Items, factors.Factors, factors.Customer(customer), scores[..factors.ItemCount]);
    }
}

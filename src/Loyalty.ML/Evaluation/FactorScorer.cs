using System.Numerics.Tensors;
using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Evaluation;

/// <summary>ALS scores: the customer's factors dotted with every item's.</summary>
internal sealed class FactorScorer(AlsFactors factors, string name = "als") : IItemScorer
{
    public string Name => name;

    public void Score(int customer, Span<float> scores)
    {
        var x = factors.Customer(customer);
        for (var item = 0; item < factors.ItemCount; item++)
        {
            scores[item] = TensorPrimitives.Dot(factors.Item(item), x);
        }
    }
}

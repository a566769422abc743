namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// Re-solves one customer's factors against the model's fixed item factors, as implicit's <c>recalculate_user</c>:
/// (YᵀY + λI + Σ (cᵢ−1) yᵢyᵢᵀ) x = Σ cᵢ yᵢ over the items the customer bought, so new purchases change that
/// customer's answers at once without retraining. YᵀY + λI is computed once per model; each solve is k
/// conjugate-gradient steps from zero, which reach the exact solution of a k-dimensional system.
/// </summary>
internal sealed class CustomerFoldIn
{
    private readonly RecommenderModel _model;
    private readonly float[] _gram;

    public CustomerFoldIn(RecommenderModel model)
    {
        _model = model;
        var factors = model.Factors;
        _gram = new float[factors.Factors * factors.Factors];
        GramMatrix.Compute(factors.Items, factors.ItemCount, factors.Factors, model.FoldIn.Regularization, _gram, threads: 1);
    }

    /// <summary>Factors of a customer who bought <paramref name="purchases"/> (item index, weight); weights of one item add up.</summary>
    public float[] Solve(IEnumerable<(int Item, float Weight)> purchases)
    {
        var weights = new SortedDictionary<int, float>();
        foreach (var (item, weight) in purchases)
        {
            weights[item] = weights.GetValueOrDefault(item) + weight;
        }

        var k = _model.Factors.Factors;
        var x = new float[k];
        var columns = weights.Keys.ToArray();
        var confidence = weights.Values.Select(_model.FoldIn.ConfidenceOf).ToArray();
        ConjugateGradient.Solve(_gram, _model.Factors.Items, columns, confidence, x, steps: k, new float[3 * k]);
        return x;
    }
}

namespace Loyalty.ML.Churn.Features;

/// <summary>
/// The distinct values of one field of many summaries, with each summary's index into them, so a
/// likelihood can compute a term once per distinct value instead of once per customer.
/// </summary>
internal sealed class DistinctValues
{
    private readonly double[] _distinct;

    /// <summary>Collects the distinct values of <paramref name="field"/>.</summary>
    public DistinctValues(PurchaseSummary[] summaries, Func<PurchaseSummary, double> field)
    {
        _distinct = summaries.Select(field).Distinct().Order().ToArray();
        Index = summaries.Select(summary => Array.BinarySearch(_distinct, field(summary))).ToArray();
        Values = new double[_distinct.Length];
        SecondValues = new double[_distinct.Length];
    }

    /// <summary>Index of each summary's value.</summary>
    public int[] Index { get; }

    /// <summary>Last values computed by <see cref="Compute"/>, per distinct value.</summary>
    public double[] Values { get; }

    /// <summary>Last values computed by <see cref="ComputeSecond"/>, per distinct value.</summary>
    public double[] SecondValues { get; }

    /// <summary>Fills <see cref="Values"/> with <paramref name="term"/> of each distinct value.</summary>
    public void Compute(Func<double, double> term) => Fill(Values, term);

    /// <summary>Fills <see cref="SecondValues"/> with <paramref name="term"/> of each distinct value.</summary>
    public void ComputeSecond(Func<double, double> term) => Fill(SecondValues, term);

    private void Fill(double[] target, Func<double, double> term)
    {
        for (var k = 0; k < _distinct.Length; k++)
        {
            target[k] = term(_distinct[k]);
        }
    }
}

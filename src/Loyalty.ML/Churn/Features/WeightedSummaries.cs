namespace Loyalty.ML.Churn.Features;

/// <summary>Customers with identical summaries collapsed into one weighted row, for fast likelihoods.</summary>
internal sealed class WeightedSummaries
{
    private WeightedSummaries(PurchaseSummary[] summaries, double[] weights)
    {
        Summaries = summaries;
        Weights = weights;
        TotalWeight = weights.Sum();
    }

    /// <summary>Distinct summaries.</summary>
    public PurchaseSummary[] Summaries { get; }

    /// <summary>How many customers share each summary.</summary>
    public double[] Weights { get; }

    /// <summary>Number of customers.</summary>
    public double TotalWeight { get; }

    /// <summary>Number of distinct summaries.</summary>
    public int Count => Summaries.Length;

    /// <summary>Groups <paramref name="customers"/>, optionally keeping only those <paramref name="keep"/> accepts.</summary>
    public static WeightedSummaries Group(IReadOnlyList<PurchaseSummary> customers, Func<PurchaseSummary, bool>? keep = null)
    {
        var counts = new Dictionary<PurchaseSummary, int>();
        foreach (var customer in customers)
        {
            if (keep is null || keep(customer))
            {
                counts[customer] = counts.GetValueOrDefault(customer) + 1;
            }
        }

        var summaries = new PurchaseSummary[counts.Count];
        var weights = new double[counts.Count];
        var index = 0;
        foreach (var (summary, count) in counts)
        {
            summaries[index] = summary;
            weights[index] = count;
            index++;
        }

        return new WeightedSummaries(summaries, weights);
    }
}

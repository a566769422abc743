namespace Loyalty.ML.Churn.Features;

/// <summary>
/// Features of every customer known at a cutoff day (at least one purchase on or before it): one row of
/// <see cref="FeatureCount"/> floats per customer, and the summaries the BTYD models read.
/// </summary>
public sealed class ChurnSnapshot
{
    /// <summary>Number of features per row.</summary>
    public static readonly int FeatureCount = Enum.GetValues<ChurnFeature>().Length;

    /// <summary>Creates an empty snapshot for <paramref name="customers"/>.</summary>
    public ChurnSnapshot(int cutoffDay, int[] customers)
    {
        CutoffDay = cutoffDay;
        Customers = customers;
        Features = new float[customers.Length * FeatureCount];
        Summaries = new PurchaseSummary[customers.Length];
    }

    /// <summary>The cutoff day: everything after it is unseen.</summary>
    public int CutoffDay { get; }

    /// <summary>Customer index per row.</summary>
    public int[] Customers { get; }

    /// <summary>Row-major feature values.</summary>
    public float[] Features { get; }

    /// <summary>BG/NBD and Gamma-Gamma summary per row.</summary>
    public PurchaseSummary[] Summaries { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Customers.Length;

    /// <summary>The features of row <paramref name="row"/>.</summary>
    public Span<float> Row(int row) => Features.AsSpan(row * FeatureCount, FeatureCount);

    /// <summary>One feature of one row.</summary>
    internal float this[int row, ChurnFeature feature]
    {
        get => Features[row * FeatureCount + (int)feature];
        set => Features[row * FeatureCount + (int)feature] = value;
    }
}

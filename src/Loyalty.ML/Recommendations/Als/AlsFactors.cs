namespace Loyalty.ML.Recommendations.Als;

/// <summary>Trained factors: row-major <c>Customers[u·k..]</c> and <c>Items[i·k..]</c> with k = <see cref="Factors"/>.</summary>
public sealed class AlsFactors
{
    /// <summary>Wraps the factor arrays as they are (not copied): <paramref name="customers"/> is customerCount × factors, <paramref name="items"/> itemCount × factors.</summary>
    public AlsFactors(int customerCount, int itemCount, int factors, float[] customers, float[] items)
    {
        CustomerCount = customerCount;
        ItemCount = itemCount;
        Factors = factors;
        Customers = customers;
        Items = items;
    }

    /// <summary>Number of customer rows.</summary>
    public int CustomerCount { get; }

    /// <summary>Number of item rows.</summary>
    public int ItemCount { get; }

    /// <summary>Latent dimensions per row (k).</summary>
    public int Factors { get; }

    /// <summary>Customer factors, row-major: customer u at <c>u·k .. u·k + k</c>.</summary>
    public float[] Customers { get; }

    /// <summary>Item factors, row-major: item i at <c>i·k .. i·k + k</c>.</summary>
    public float[] Items { get; }

    /// <summary>The k factors of <paramref name="customer"/>.</summary>
    public ReadOnlySpan<float> Customer(int customer) => Customers.AsSpan(customer * Factors, Factors);

    /// <summary>The k factors of <paramref name="item"/>.</summary>
    public ReadOnlySpan<float> Item(int item) => Items.AsSpan(item * Factors, Factors);
}

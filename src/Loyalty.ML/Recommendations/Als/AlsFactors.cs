namespace Loyalty.ML.Recommendations.Als;

/// <summary>Trained factors: row-major <c>Customers[u·k..]</c> and <c>Items[i·k..]</c> with k = <see cref="Factors"/>.</summary>
public sealed class AlsFactors
{
    public AlsFactors(int customerCount, int itemCount, int factors, float[] customers, float[] items)
    {
        CustomerCount = customerCount;
        ItemCount = itemCount;
        Factors = factors;
        Customers = customers;
        Items = items;
    }

    public int CustomerCount { get; }

    public int ItemCount { get; }

    public int Factors { get; }

    public float[] Customers { get; }

    public float[] Items { get; }

    public ReadOnlySpan<float> Customer(int customer) => Customers.AsSpan(customer * Factors, Factors);

    public ReadOnlySpan<float> Item(int item) => Items.AsSpan(item * Factors, Factors);
}

using System.Text.Json.Serialization;

namespace Loyalty.ML.Segmentation;

/// <summary>One cell of the recency × frequency grid: the customers with these two RFM scores and what they spent.</summary>
/// <param name="Recency">Recency score, 1 (longest ago) to 5.</param>
/// <param name="Frequency">Frequency score, 1 (fewest orders) to 5.</param>
/// <param name="Customers">Customers in the cell.</param>
/// <param name="Revenue">Their revenue over the whole history.</param>
public sealed record RfmCell(
    [property: JsonPropertyName("recency")] int Recency,
    [property: JsonPropertyName("frequency")] int Frequency,
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("revenue")] double Revenue)
{
    /// <summary>The 25 cells of <paramref name="customers"/>' scores, recency-major.</summary>
    internal static IReadOnlyList<RfmCell> Grid(IEnumerable<CustomerRfm> customers)
    {
        var counts = new int[5, 5];
        var revenue = new double[5, 5];
        foreach (var customer in customers)
        {
            var (r, f) = (Math.Clamp(customer.R, 1, 5) - 1, Math.Clamp(customer.F, 1, 5) - 1);
            counts[r, f]++;
            revenue[r, f] += customer.Monetary;
        }

        return [.. from r in Enumerable.Range(0, 5) from f in Enumerable.Range(0, 5) select new RfmCell(r + 1, f + 1, counts[r, f], Math.Round(revenue[r, f], 2))];
    }
}

using System.Text.Json.Serialization;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The <c>also_bought</c> section of metrics.json: hit rates at K (five decimals) of the method served, of each
/// method and of the popularity baseline, on the test orders.
/// </summary>
/// <param name="K">List length the hit rates are at.</param>
/// <param name="Method">The method served: the one with the higher hit rate.</param>
/// <param name="CoOccurrence">Hit rate of co-occurrence.</param>
/// <param name="Factors">Hit rate of factor similarity.</param>
/// <param name="Popularity">Hit rate of the popularity baseline.</param>
/// <param name="TestOrders">Test orders the hit rates are over.</param>
[JsonConverter(typeof(AlsoBoughtMetricsConverter))]
public sealed record AlsoBoughtMetrics(int K, AlsoBoughtMethod Method, double CoOccurrence, double Factors, double Popularity, int TestOrders)
{
    /// <summary>Hit rate of the method served.</summary>
    public double HitRate => Method == AlsoBoughtMethod.Factors ? Factors : CoOccurrence;
}

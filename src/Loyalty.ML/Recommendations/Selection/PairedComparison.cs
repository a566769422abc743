namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// Two candidates compared on the same customers: the mean of the per-customer NDCG differences (first − second) and
/// its 95% percentile-bootstrap interval (customers resampled with a fixed seed, pooled over every split given).
/// The difference is distinguishable when the interval leaves out 0.
/// </summary>
/// <param name="First">The leader's name.</param>
/// <param name="Second">The runner-up's name.</param>
/// <param name="Difference">Mean per-customer NDCG difference, first − second.</param>
/// <param name="Low">Lower end of the 95% interval.</param>
/// <param name="High">Upper end of the 95% interval.</param>
/// <param name="Customers">Customers the differences are over.</param>
public sealed record PairedComparison(string First, string Second, double Difference, double Low, double High, int Customers)
{
    private const int Resamples = 1000;
    private const int Seed = 42;

    /// <summary>True when the interval leaves out 0: one candidate is better beyond the noise.</summary>
    public bool Distinguishable => Customers > 1 && (Low > 0 || High < 0);

    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/> on customer-aligned NDCG lists, one pair per split.</summary>
    public static PairedComparison Of(string first, string second, IEnumerable<(IReadOnlyList<double> First, IReadOnlyList<double> Second)> splits)
    {
        var differences = new List<double>();
        foreach (var (a, b) in splits)
        {
            for (var customer = 0; customer < a.Count; customer++)
            {
                differences.Add(a[customer] - b[customer]);
            }
        }

        if (differences.Count == 0)
        {
            return new PairedComparison(first, second, 0, 0, 0, 0);
        }

        var random = new Random(Seed);
        var means = new double[Resamples];
        for (var resample = 0; resample < Resamples; resample++)
        {
            double sum = 0;
            for (var draw = 0; draw < differences.Count; draw++)
            {
                sum += differences[random.Next(differences.Count)];
            }

            means[resample] = sum / differences.Count;
        }

        Array.Sort(means);
        return new PairedComparison(first, second, differences.Average(), means[(int)(0.025 * Resamples)], means[(int)(0.975 * Resamples) - 1], differences.Count);
    }

    /// <summary>One sentence: who leads by how much, the interval and whether that is beyond the noise.</summary>
    public string Statement => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{First} − {Second}: NDCG {Difference:+0.0000;-0.0000} (95% interval {Low:+0.0000;-0.0000} to {High:+0.0000;-0.0000}) on {Customers:N0} customers, {(Distinguishable ? "distinguishable" : "not distinguishable")}");
}

namespace Loyalty.ML.Recommendations.Online;

/// <summary>
/// A ratio Σx / Σy over customers (clusters), each adding their own x and y: lists with a hit over lists served, or a
/// customer's revenue over 1. Lists of one customer are not independent (the same tastes, the same visits), so the
/// variance is the delta method's over customers: Var(R) ≈ (s²ₓ − 2R sₓᵧ + R² s²ᵧ) / (n ȳ²), as online experiments with
/// per-page metrics randomised by user compute it (Deng, Lu and Litz 2017).
/// </summary>
internal sealed class ClusteredRatio
{
    private double _x;
    private double _y;
    private double _xx;
    private double _yy;
    private double _xy;

    /// <summary>Customers added.</summary>
    public long Clusters { get; private set; }

    /// <summary>Σy.</summary>
    public double Denominator => _y;

    /// <summary>Σx.</summary>
    public double Numerator => _x;

    /// <summary>Adds one customer's x and y.</summary>
    public void Add(double x, double y)
    {
        Clusters++;
        _x += x;
        _y += y;
        _xx += x * x;
        _yy += y * y;
        _xy += x * y;
    }

    /// <summary>The ratio with its standard error; null with fewer than two customers or nothing in the denominator.</summary>
    public Estimate? Estimate()
    {
        if (Clusters < 2 || _y <= 0)
        {
            return null;
        }

        double n = Clusters;
        var ratio = _x / _y;
        var meanY = _y / n;
        var varX = (_xx - (_x * _x / n)) / (n - 1);
        var varY = (_yy - (_y * _y / n)) / (n - 1);
        var covXY = (_xy - (_x * _y / n)) / (n - 1);
        var variance = Math.Max(0, varX - (2 * ratio * covXY) + (ratio * ratio * varY)) / (n * meanY * meanY);
        return Online.Estimate.Of(ratio, Math.Sqrt(variance));
    }
}

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// One metric of two model versions: its dotted path in metrics.json, each version's value (null when that
/// run did not report it) and, when the newer run reports one, its 95% interval.
/// </summary>
public sealed record MetricDelta(string Path, double? Older, double? Newer, (double Low, double High)? NewerInterval)
{
    /// <summary>Newer minus older, when both are there.</summary>
    public double? Change => Older is { } older && Newer is { } newer ? newer - older : null;

    /// <summary>True when the older value lies inside the newer run's 95% interval: the change may be noise.</summary>
    public bool WithinNoise => Older is { } older && NewerInterval is { } interval && older >= interval.Low && older <= interval.High;
}

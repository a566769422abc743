namespace Loyalty.ML.Recommendations;

/// <summary>Which method serves each list kind: chosen by the evaluation, or set by the user.</summary>
/// <param name="Personal">Personal top-N: a personal candidate's name (<see cref="MethodNames.Personal"/>).</param>
/// <param name="AlsoBought">"Also bought" per item.</param>
public readonly record struct ModelChoice(string Personal, AlsoBoughtMethod AlsoBought)
{
    /// <summary>ALS and co-occurrence: what the product served before it chose.</summary>
    public static ModelChoice Default => new("als", AlsoBoughtMethod.CoOccurrence);
}

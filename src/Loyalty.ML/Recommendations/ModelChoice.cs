namespace Loyalty.ML.Recommendations;

/// <summary>Which method serves each list kind: chosen by validation, or set by the user.</summary>
/// <param name="Personal">Personal top-N.</param>
/// <param name="AlsoBought">"Also bought" per item.</param>
public readonly record struct ModelChoice(PersonalMethod Personal, AlsoBoughtMethod AlsoBought)
{
    /// <summary>ALS and co-occurrence: what the product served before it chose.</summary>
    public static ModelChoice Default => new(PersonalMethod.Als, AlsoBoughtMethod.CoOccurrence);
}

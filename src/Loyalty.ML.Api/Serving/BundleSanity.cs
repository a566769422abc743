using System.Globalization;
using Loyalty.ML.Churn;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// What a bundle must hold before it is served, beyond matching checksums: every KPI a finite number, and every churn
/// score in range: probabilities (churn, P(alive)) within [0, 1], expected purchases and CLV finite and not negative.
/// A NaN or an infinity cannot be written as JSON, and a probability of 7 would be served as a plausible risk band.
/// </summary>
internal static class BundleSanity
{
    private const int MaxReported = 3;

    /// <summary>Throws <see cref="InvalidDataException"/> naming the first values that are not finite or out of range.</summary>
    public static void Check(ModelBundle bundle)
    {
        var problems = new List<string>();
        foreach (var (path, text) in NonFiniteNumbers.In(bundle.Metrics[LoadedModel.KpisSection], LoadedModel.KpisSection))
        {
            problems.Add($"metrics.json {path} is not a finite number ({text})");
        }

        var unreported = 0;
        if (bundle.Churn is { } churn)
        {
            InsaneScores(churn, problems, ref unreported);
        }

        unreported += Math.Max(0, problems.Count - MaxReported);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{string.Join("; ", problems.Take(MaxReported))}{(unreported > 0 ? $" (and {unreported} more)" : "")}.");
        }
    }

    /// <summary>True when every figure of <paramref name="score"/> is a finite number within its range.</summary>
    public static bool IsServable(ChurnScore score) => Problem(score) is null;

    /// <summary>What is wrong with <paramref name="score"/>, or null when it can be served.</summary>
    private static string? Problem(ChurnScore score) => score switch
    {
        _ when !double.IsFinite(score.Probability) || !double.IsFinite(score.ProbabilityAlive)
            || !double.IsFinite(score.ExpectedPurchases) || !double.IsFinite(score.Clv) => string.Create(CultureInfo.InvariantCulture,
            $"is not a finite number (probability {score.Probability}, p_alive {score.ProbabilityAlive}, expected purchases {score.ExpectedPurchases}, clv {score.Clv})"),
        { Probability: < 0 or > 1 } => string.Create(CultureInfo.InvariantCulture, $"has churn probability {score.Probability} outside [0, 1]"),
        { ProbabilityAlive: < 0 or > 1 } => string.Create(CultureInfo.InvariantCulture, $"has P(alive) {score.ProbabilityAlive} outside [0, 1]"),
        { ExpectedPurchases: < 0 } => string.Create(CultureInfo.InvariantCulture, $"has expected purchases {score.ExpectedPurchases} below 0"),
        { Clv: < 0 } => string.Create(CultureInfo.InvariantCulture, $"has CLV {score.Clv} below 0"),
        _ => null,
    };

    private static void InsaneScores(IChurnScores churn, List<string> problems, ref int unreported)
    {
        foreach (var score in churn.ByRisk)
        {
            if (Problem(score) is not { } problem)
            {
                continue;
            }

            if (problems.Count < MaxReported)
            {
                problems.Add($"churn score of customer {score.CustomerId} {problem}");
            }
            else
            {
                unreported++;
            }
        }
    }
}

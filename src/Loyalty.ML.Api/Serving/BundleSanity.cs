using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Churn;
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
        if (bundle.Metrics[LoadedModel.KpisSection] is { } kpis)
        {
            NonFiniteKpis(kpis, problems);
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

    private static void NonFiniteKpis(JsonNode node, List<string> problems)
    {
        switch (node)
        {
            case JsonObject children:
                foreach (var (_, child) in children)
                {
                    if (child is not null)
                    {
                        NonFiniteKpis(child, problems);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        NonFiniteKpis(item, problems);
                    }
                }

                break;
            case JsonValue value when NonFinite(value) is { } text:
                problems.Add($"metrics.json {node.GetPath().TrimStart('$', '.')} is not a finite number ({text})");
                break;
        }
    }

    // Bundle files allow named literals ("NaN", "Infinity"), which read back as strings.
    private static string? NonFinite(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number when !value.TryGetValue<double>(out var number) || !double.IsFinite(number) => value.ToJsonString(),
        JsonValueKind.String when value.GetValue<string>() is "NaN" or "Infinity" or "-Infinity" => value.GetValue<string>(),
        _ => null,
    };
}

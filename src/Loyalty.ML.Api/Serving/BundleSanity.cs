using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Churn;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// What a bundle must hold before it is served, beyond matching checksums: every churn figure and every KPI a finite
/// number. A NaN or an infinity cannot be written as JSON, so serving one would fail the requests that touch it.
/// </summary>
internal static class BundleSanity
{
    private const int MaxReported = 3;

    /// <summary>Throws <see cref="InvalidDataException"/> naming the first values that are not finite.</summary>
    public static void Check(ModelBundle bundle)
    {
        var problems = new List<string>();
        if (bundle.Metrics[LoadedModel.KpisSection] is { } kpis)
        {
            NonFiniteKpis(kpis, problems);
        }

        if (bundle.Churn is { } churn)
        {
            NonFiniteScores(churn, problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{string.Join("; ", problems.Take(MaxReported))}{(problems.Count > MaxReported ? $" (and {problems.Count - MaxReported} more)" : "")}.");
        }
    }

    /// <summary>True when every figure of <paramref name="score"/> is a finite number.</summary>
    public static bool IsFinite(ChurnScore score) =>
        double.IsFinite(score.Probability) && double.IsFinite(score.ProbabilityAlive) && double.IsFinite(score.ExpectedPurchases) && double.IsFinite(score.Clv);

    private static void NonFiniteScores(IChurnScores churn, List<string> problems)
    {
        foreach (var score in churn.ByRisk)
        {
            if (!IsFinite(score) && problems.Count <= MaxReported)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"churn score of customer {score.CustomerId} is not a finite number (probability {score.Probability}, p_alive {score.ProbabilityAlive}, expected purchases {score.ExpectedPurchases}, clv {score.Clv})"));
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

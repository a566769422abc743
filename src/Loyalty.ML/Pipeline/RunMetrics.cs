using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Campaigns.Measurement;
using Loyalty.ML.Recommendations.Evaluation.Metrics;
using Loyalty.ML.Segmentation;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Pipeline;

/// <summary>
/// The typed sections of one run's metrics.json, each set by the step that computes it and null when that step did
/// not run. Sections not typed yet, and those of other steps, stay in <see cref="TrainingContext.Metrics"/>.
/// </summary>
public sealed class RunMetrics
{
    // metrics.json keeps the order the standard steps have always written their sections in.
    private static readonly string[] Order = ["kpis", "segments", "recommendations", "also_bought", "churn", "offers", "campaigns", "online"];

    /// <summary>Programme KPIs (<c>kpis</c>), set by the segmentation step.</summary>
    public KpiMetrics? Kpis { get; set; }

    /// <summary>Customers per RFM segment (<c>segments</c>), set by the segmentation step.</summary>
    public SegmentMetrics? Segments { get; set; }

    /// <summary>The recommender's evaluation (<c>recommendations</c>), set by the recommender step.</summary>
    public RecommenderMetrics? Recommendations { get; set; }

    /// <summary>Also-bought hit rates (<c>also_bought</c>), set by the recommender step.</summary>
    public AlsoBoughtMetrics? AlsoBought { get; set; }

    /// <summary>The churn evaluation and published scores (<c>churn</c>), set by the churn step.</summary>
    public ChurnMetrics? Churn { get; set; }

    /// <summary>Offers proposed at training time (<c>offers</c>), set by the offers step.</summary>
    public OfferMetrics? Offers { get; set; }

    /// <summary>Campaigns measured against their control groups (<c>campaigns</c>), by name; set when assignments were recorded.</summary>
    public IReadOnlyDictionary<string, CampaignReport>? Campaigns { get; set; }

    /// <summary>Served lists matched with this history's purchases (<c>online</c>), set when the API's exposure log has lists.</summary>
    public Experiments.OnlineReport? Online { get; set; }

    /// <summary>
    /// The typed sections of a stored metrics.json, read with the conventions they were written with; a section written
    /// in another shape (by an older version) is null rather than a record holding values it declares impossible.
    /// </summary>
    public static RunMetrics FromDocument(JsonObject metrics) => new()
    {
        Kpis = Section(metrics, "kpis", MetricsJsonContext.Strict.KpiMetrics),
        Segments = Section(metrics, "segments", MetricsJsonContext.Strict.SegmentMetrics),
        Recommendations = Section(metrics, "recommendations", MetricsJsonContext.Strict.RecommenderMetrics),
        AlsoBought = Section(metrics, "also_bought", MetricsJsonContext.Strict.AlsoBoughtMetrics),
        Churn = Section(metrics, "churn", MetricsJsonContext.Strict.ChurnMetrics),
        Offers = Section(metrics, "offers", MetricsJsonContext.Strict.OfferMetrics),
        Campaigns = Section(metrics, "campaigns", MetricsJsonContext.Strict.IReadOnlyDictionaryStringCampaignReport),
        Online = Section(metrics, "online", MetricsJsonContext.Strict.OnlineReport),
    };

    /// <summary>The metrics.json document: the typed sections and <paramref name="untyped"/>, in the standard order, then any others.</summary>
    internal JsonObject ToDocument(JsonObject untyped)
    {
        var typed = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        MetricsJsonContext.AddSection(typed, "kpis", Kpis, MetricsJsonContext.Bundle.KpiMetrics);
        MetricsJsonContext.AddSection(typed, "segments", Segments, MetricsJsonContext.Bundle.SegmentMetrics);
        MetricsJsonContext.AddSection(typed, "recommendations", Recommendations, MetricsJsonContext.Bundle.RecommenderMetrics);
        MetricsJsonContext.AddSection(typed, "also_bought", AlsoBought, MetricsJsonContext.Bundle.AlsoBoughtMetrics);
        MetricsJsonContext.AddSection(typed, "churn", Churn, MetricsJsonContext.Bundle.ChurnMetrics);
        MetricsJsonContext.AddSection(typed, "offers", Offers, MetricsJsonContext.Bundle.OfferMetrics);
        MetricsJsonContext.AddSection(typed, "campaigns", Campaigns, MetricsJsonContext.Bundle.IReadOnlyDictionaryStringCampaignReport);
        MetricsJsonContext.AddSection(typed, "online", Online, MetricsJsonContext.Bundle.OnlineReport);

        var document = new JsonObject();
        foreach (var name in Order.Concat(untyped.Select(pair => pair.Key)).Concat(typed.Keys).Distinct(StringComparer.Ordinal))
        {
            if (typed.TryGetValue(name, out var section))
            {
                document[name] = section;
            }
            else if (untyped[name] is { } other)
            {
                document[name] = other.DeepClone();
            }
        }

        return document;
    }

    private static T? Section<T>(JsonObject metrics, string name, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return metrics[name] is JsonObject section ? section.Deserialize(type) : null;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return null;
        }
    }
}

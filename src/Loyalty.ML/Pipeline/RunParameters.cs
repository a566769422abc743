using System.Text.Json.Nodes;
using Loyalty.ML.Churn;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline;

/// <summary>The settings each part of a run used, recorded in the bundle's manifest; null for a part that was skipped.</summary>
internal sealed class RunParameters
{
    /// <summary>Segmentation settings (<c>segments</c>).</summary>
    public SegmentationParameters? Segments { get; set; }

    /// <summary>Recommender settings (<c>recommender</c>).</summary>
    public RecommenderOptions? Recommender { get; set; }

    /// <summary>Churn settings (<c>churn</c>).</summary>
    public ChurnOptions? Churn { get; set; }

    /// <summary>The offer rules of the offers report (<c>offers</c>), in the offer-rules file's format.</summary>
    public OfferRules? Offers { get; set; }

    /// <summary>The manifest's <c>parameters</c> object, one section per part that ran, in the order they ran.</summary>
    internal JsonObject ToDocument()
    {
        var document = new JsonObject();
        MetricsJsonContext.AddSection(document, "segments", Segments, MetricsJsonContext.Bundle.SegmentationParameters);
        MetricsJsonContext.AddSection(document, "recommender", Recommender, MetricsJsonContext.Bundle.RecommenderOptions);
        MetricsJsonContext.AddSection(document, "churn", Churn, MetricsJsonContext.Bundle.ChurnOptions);
        if (Offers is not null)
        {
            document["offers"] = JsonNode.Parse(OfferRulesFile.ToJson(Offers));
        }

        return document;
    }
}

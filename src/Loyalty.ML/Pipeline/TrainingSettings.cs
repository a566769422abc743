using Loyalty.ML.Churn;
using Loyalty.ML.Core;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline;

/// <summary>Every setting of a standard training run, one record per capability; the documented defaults when not given.</summary>
public sealed record TrainingSettings
{
    /// <summary>RFM segments and programme KPIs.</summary>
    public SegmentationOptions Segmentation { get; init; } = new();

    /// <summary>The recommender: its model, evaluation split and list sizes.</summary>
    public RecommenderOptions Recommender { get; init; } = new();

    /// <summary>The churn model, its horizon and risk bands.</summary>
    public ChurnOptions Churn { get; init; } = new();

    /// <summary>The offer rules the offers report applies.</summary>
    public OfferRules Offers { get; init; } = new();

    /// <summary>Throws naming every setting out of range, before any data is read or anything staged.</summary>
    public void Validate()
    {
        Segmentation.Kpis.Validate();
        Recommender.Validate();
        Churn.Validate();
        SettingsCheck.ThrowIfAny("Offer rules", Offers.Validate());
    }
}

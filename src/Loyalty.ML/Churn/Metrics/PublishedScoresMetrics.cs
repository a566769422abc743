using System.Text.Json.Serialization;
using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>What the published model was trained on and how the customers it scored as of the last day fall.</summary>
/// <param name="AsOf">The day the scores speak of: the last day of data.</param>
/// <param name="ScoredCustomers">Customers scored.</param>
/// <param name="FinalTrainCutoffs">Cutoffs the published model was trained on.</param>
/// <param name="FinalTrainExamples">Examples it was trained on.</param>
/// <param name="FinalTrainSampleShare">Share of the stacked examples kept.</param>
/// <param name="Bands">Customers per risk band.</param>
/// <param name="Bgnbd">BG/NBD fitted on the whole history.</param>
/// <param name="GammaGamma">Gamma-Gamma fitted on the repeat buyers' spend; null when it could not be fitted.</param>
/// <param name="Clv">The lifetime value's settings.</param>
public sealed record PublishedScoresMetrics(
    [property: JsonPropertyName("as_of")] DateOnly AsOf,
    [property: JsonPropertyName("scored_customers")] int ScoredCustomers,
    [property: JsonPropertyName("final_train_cutoffs")] int FinalTrainCutoffs,
    [property: JsonPropertyName("final_train_examples")] int FinalTrainExamples,
    [property: JsonPropertyName("final_train_sample_share")] double FinalTrainSampleShare,
    [property: JsonPropertyName("bands")] RiskBandCounts Bands,
    [property: JsonPropertyName("bgnbd")] BgNbdModel Bgnbd,
    [property: JsonPropertyName("gamma_gamma")] GammaGammaModel? GammaGamma,
    [property: JsonPropertyName("clv")] ClvSettings Clv);

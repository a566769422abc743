using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Segmentation;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>
/// What a run's report draws beyond metrics.json, each part set by the step that has the data and null when that step
/// did not run. Written to the bundle as <c>figures.json</c>, so the report of a stored version can be drawn again.
/// </summary>
public sealed class RunFigures
{
    /// <summary>The programme per calendar month (purchase lines, active customers, orders, revenue, repeat rate, retention).</summary>
    public IReadOnlyList<MonthlyKpis>? Monthly { get; set; }

    /// <summary>The recency × frequency grid of the RFM scores.</summary>
    public IReadOnlyList<RfmCell>? RfmGrid { get; set; }

    /// <summary>The churn evaluation's curves, published probabilities by band and the most frequent reasons.</summary>
    public ChurnFigures? Churn { get; set; }

    /// <summary>Lifetime value: its distribution and the customers at risk weighted by it.</summary>
    public ValueFigures? Value { get; set; }

    /// <summary>Answers of the published recommender for a few customers and items, with item names.</summary>
    public IReadOnlyList<ExampleList>? Examples { get; set; }
}

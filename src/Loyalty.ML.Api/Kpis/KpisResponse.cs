using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Api.Kpis;

/// <summary>The loyalty programme KPIs computed when the model was trained.</summary>
/// <param name="ModelVersion">Version of the bundle the KPIs come from.</param>
/// <param name="Kpis">The <c>kpis</c> section of the bundle's metrics.json.</param>
public sealed record KpisResponse(string ModelVersion, KpiMetrics Kpis);

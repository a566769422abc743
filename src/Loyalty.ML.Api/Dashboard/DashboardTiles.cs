using System.Runtime.CompilerServices;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Reporting;

namespace Loyalty.ML.Api.Dashboard;

/// <summary>
/// The report's headline tiles for the served model, live: the KPIs and model figures of its metrics (read once per
/// loaded bundle), the customers at risk and their revenue at stake from the scores as re-scored after reported purchases.
/// </summary>
internal static class DashboardTiles
{
    private static readonly ConditionalWeakTable<ModelBundle, RunMetrics> Typed = [];

    public static IReadOnlyList<DashboardTile> Of(ModelBundle bundle, ServedChurn? churn) =>
        [.. KpiTiles.Of(Typed.GetValue(bundle, loaded => RunMetrics.FromDocument(loaded.Metrics)), churn is null ? null : AtRiskTotals.Of(churn.ByRisk))
            .Select(tile => new DashboardTile(tile.Key, tile.Label, tile.Kind.ToString().ToLowerInvariant(), tile.Value, tile.Note))];
}

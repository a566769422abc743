namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>The figures a reader wants first, the same at the top of the report and on the dashboard.</summary>
public static class KpiTiles
{
    /// <summary>The tiles of a run's metrics; <paramref name="atRisk"/> from its published (or, live, its re-scored) churn scores.</summary>
    public static IReadOnlyList<KpiTile> Of(RunMetrics typed, AtRiskTotals? atRisk)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var kpis = typed.Kpis;
        var activeDays = kpis?.ActiveDays ?? 90;
        var horizon = typed.Churn?.HorizonDays ?? 90;
        return
        [
            new("customers", "customers", TileKind.Count, kpis?.Customers, "with a purchase"),
            new("active_customers", "active customers", TileKind.Count, kpis?.ActiveCustomers, $"bought in the last {activeDays} days"),
            new("revenue", "revenue", TileKind.Money, kpis?.Revenue, "all purchase lines"),
            new("average_check", "average check", TileKind.Money, kpis?.AverageCheck, "revenue per order"),
            new("repeat_purchase_rate", "repeat customers", TileKind.Percent, kpis?.RepeatPurchaseRatePct, "2 orders or more"),
            new("at_risk_customers", "customers at risk", TileKind.Count, atRisk?.Customers, $"medium or high risk of no purchase in {horizon} days"),
            new("revenue_at_stake", "revenue at stake", TileKind.Money, atRisk?.RevenueAtStake, "Σ churn probability × CLV of those at risk"),
            new("churn_auc", "churn model AUC", TileKind.Ratio, typed.Churn?.Evaluation?.Auc, "out-of-time test; 0.5 is chance"),
            new("recommendation_lift", "recommendation lift", TileKind.Ratio, typed.Recommendations?.NdcgLiftOverBestBaseline is > 0 and var lift ? lift : null, "NDCG@10 over the best baseline"),
        ];
    }
}

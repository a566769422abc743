namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>The metrics a data scientist reads first, in the order they are shown: quality against the baselines, then the program's size.</summary>
internal static class HeadlineMetrics
{
    public static IReadOnlyList<HeadlineMetric> All { get; } =
    [
        new("recommendations.served.ndcg_at_{k}", run => run.Recommendations?.Served?.Ndcg),
        new("recommendations.ndcg_lift_over_best_baseline", run => run.Recommendations is { Served: not null } chosen ? chosen.NdcgLiftOverBestBaseline : null),
        new("recommendations.ndcg_at_{k}", run => run.Recommendations?.Als?.Ndcg),
        new("recommendations.recall_at_{k}", run => run.Recommendations?.Als?.Recall),
        new("recommendations.hit_rate_at_{k}", run => run.Recommendations?.Als?.HitRate),
        new("recommendations.coverage", run => run.Recommendations?.Als?.Coverage),
        new("recommendations.baselines.item_knn.ndcg_at_{k}", run => run.Recommendations?.ItemKnn?.Ndcg),
        new("recommendations.baselines.popularity.ndcg_at_{k}", run => run.Recommendations?.Popularity?.Ndcg),
        new("also_bought.hit_rate_at_{k}", run => run.AlsoBought?.HitRate),
        new("also_bought.baselines.popularity.hit_rate_at_{k}", run => run.AlsoBought?.Popularity),
        new("churn.auc", run => run.Churn?.Evaluation?.Auc, run => run.Churn?.Evaluation?.Intervals.Auc),
        new("churn.pr_auc", run => run.Churn?.Evaluation?.PrAuc),
        new("churn.brier", run => run.Churn?.Evaluation?.Brier),
        new("churn.lift_at_10pct", run => run.Churn?.Evaluation?.LiftAt10Pct, run => run.Churn?.Evaluation?.Intervals.LiftAt10Pct),
        new("churn.auc_gain_over_recency", run => run.Churn?.Evaluation?.AucGainOverRecency, run => run.Churn?.Evaluation?.Intervals.AucGainOverRecency),
        new("churn.auc_gain_over_best_baseline", run => run.Churn?.Evaluation?.AucGainOverBestBaseline, run => run.Churn?.Evaluation?.Intervals.AucGainOverBestBaseline),
        new("churn.baselines.recency.auc", run => run.Churn?.Evaluation?.Baselines.Recency.Auc),
        new("churn.baselines.bgnbd.auc", run => run.Churn?.Evaluation?.Baselines.Bgnbd.Auc),
        new("churn.diagnostics.in_time_cv.auc", run => run.Churn?.Evaluation?.Diagnostics.InTimeCv?.Auc),
        new("churn.diagnostics.segments.one_time.auc", run => run.Churn?.Evaluation?.Diagnostics.Segments.OneTime.Auc, run => run.Churn?.Evaluation?.Diagnostics.Segments.OneTime.AucInterval),
        new("churn.diagnostics.segments.repeat.auc", run => run.Churn?.Evaluation?.Diagnostics.Segments.Repeat.Auc, run => run.Churn?.Evaluation?.Diagnostics.Segments.Repeat.AucInterval),
        new("kpis.customers", run => run.Kpis?.Customers),
        new("kpis.active_customers", run => run.Kpis?.ActiveCustomers),
        new("kpis.engagement_rate_pct", run => run.Kpis?.EngagementRatePct),
        new("kpis.repeat_purchase_rate_pct", run => run.Kpis?.RepeatPurchaseRatePct),
        new("kpis.revenue", run => run.Kpis?.Revenue),
        new("kpis.retention.retention_rate_pct", run => run.Kpis?.Retention.RetentionRatePct),
        new("offers.win_back.churn_weighted_revenue_at_stake", run => run.Offers?.WinBack.ChurnWeightedRevenueAtStake),
    ];
}

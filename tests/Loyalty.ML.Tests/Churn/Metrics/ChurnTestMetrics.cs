using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Tests.Churn.Metrics;

/// <summary>Whole churn sections with the figures a test is about and plausible values elsewhere.</summary>
internal static class ChurnTestMetrics
{
    public static ChurnMetrics Evaluated(double auc, int testCustomers = 1000, double recency = 0.68, MetricInterval? gainOverRecency = null, IReadOnlyList<CalibrationDecile>? calibration = null) => new()
    {
        HorizonDays = 90,
        Evaluation = new ChurnEvaluationMetrics(
            auc,
            0.6,
            1.5,
            0.2,
            calibration ?? [new CalibrationDecile(1, testCustomers, 0.4, 0.41)],
            90,
            new DateOnly(2011, 9, 10),
            "customers with at least one purchase on or before the test cutoff",
            testCustomers,
            0.41,
            30,
            40_000,
            1,
            new DateOnly(2011, 6, 12),
            new ChurnIntervals(new MetricInterval(auc - 0.02, auc + 0.02), new MetricInterval(1.4, 1.6), gainOverRecency ?? new MetricInterval(auc - recency - 0.02, auc - recency + 0.02), 500),
            auc - recency,
            "recency",
            auc - recency,
            new ChurnBaselines(new BaselineScores(recency, 0.55, 1.3), new BaselineScores(0.52, 0.45, 1.1, 0.3)),
            new ChurnDiagnosticsMetrics(
                new ChurnSegments(new SegmentScores(400, 0.6, 0.58, 0.55), new SegmentScores(testCustomers - 400, 0.3, 0.77, 0.7)),
                new InTimeReference(testCustomers, 3, auc + 0.004, 1.55) { AucInterval = new MetricInterval(auc - 0.016, auc + 0.024) })),
        Published = Published(),
    };

    public static ChurnMetrics NotEvaluated(string reason) => new() { HorizonDays = 90, NotEvaluatedReason = reason, Published = Published() };

    private static PublishedScoresMetrics Published() => new(
        new DateOnly(2011, 12, 9),
        4300,
        30,
        50_000,
        1,
        new RiskBandCounts(2000, 300, 2000),
        new BgNbdModel(0.6, 8.8, 0.4, 19.9),
        new GammaGammaModel(1.7, 2.1, 54.3),
        new ClvSettings(12, 0.01));
}

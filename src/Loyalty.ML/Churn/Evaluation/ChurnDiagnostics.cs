using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Churn.Evaluation;

/// <summary>
/// Where the out-of-time score is lost. By segment: customers with one purchase day, whose only history is one
/// basket, against repeat buyers. Against an in-time reference: the same learner and settings, cross-validated
/// on the test cutoff's own labels, as if training had seen the test season. A model well below that reference
/// suffers from drift between the training windows and the test window; a model close to it is limited by what
/// the features know, and no change of learner or stacking will lift it.
/// </summary>
internal static class ChurnDiagnostics
{
    /// <summary>
    /// Folds of the in-time cross-validation. Three, not five: its fits were a fifth of churn's time for a diagnostic, and
    /// each fold's model still learns from two thirds of the customers; the reference's AUC comes with its interval.
    /// </summary>
    public const int Folds = 3;

    /// <summary>Most test customers the in-time reference is fitted on (a seeded sample beyond it), so that it stays cheap on large data.</summary>
    public const int MaxInTimeCustomers = 50_000;

    /// <summary>The <c>churn.diagnostics</c> section.</summary>
    public static ChurnDiagnosticsMetrics Run(ChurnSnapshot test, bool[] labels, double[] probabilities, double[] recency, ChurnOptions options)
    {
        var repeat = new bool[test.Count];
        for (var row = 0; row < test.Count; row++)
        {
            repeat[row] = test[row, ChurnFeature.PurchaseDays] > 1;
        }

        var segments = new ChurnSegments(
            Segment(labels, probabilities, recency, Rows(repeat, false), options.Seed),
            Segment(labels, probabilities, recency, Rows(repeat, true), options.Seed));
        return new ChurnDiagnosticsMetrics(segments, InTimeReference(test, labels, options));
    }

    /// <summary>
    /// Out-of-fold P(churn) of the test customers (a seeded sample of at most <see cref="MaxInTimeCustomers"/>),
    /// each from a model fitted on the other folds' own test-window labels; folds are stratified by label so each
    /// fit sees both classes. Null when either class has fewer customers than folds.
    /// </summary>
    public static (int[] Rows, double[] Probabilities)? CrossValidate(ChurnSnapshot test, bool[] labels, ChurnOptions options)
    {
        var random = new Random(options.Seed);
        var rows = Enumerable.Range(0, test.Count).ToArray();
        random.Shuffle(rows);
        rows = rows[..Math.Min(rows.Length, MaxInTimeCustomers)];
        var fold = new int[rows.Length];
        var (churned, retained) = (0, 0);
        for (var i = 0; i < rows.Length; i++)
        {
            fold[i] = labels[rows[i]] ? churned++ % Folds : retained++ % Folds;
        }

        if (churned < Folds || retained < Folds)
        {
            return null;
        }

        // Folds write disjoint rows and each fit has its own seeded context, so they run side by side with the same result.
        var probabilities = new double[rows.Length];
        var folds = Enumerable.Range(0, Folds).Select(held => BoostingThreads.Start(() =>
        {
            var fit = Enumerable.Range(0, rows.Length).Where(i => fold[i] != held).ToArray();
            var scored = Enumerable.Range(0, rows.Length).Where(i => fold[i] == held).ToArray();
            var model = ChurnModel.Fit(options, Features(test, fit.Select(i => rows[i])), [.. fit.Select(i => labels[rows[i]])]);
            var predicted = model.Predict(Features(test, scored.Select(i => rows[i])));
            for (var k = 0; k < scored.Length; k++)
            {
                probabilities[scored[k]] = predicted[k];
            }
        })).ToArray();
        Task.WaitAll(folds);

        return (rows, probabilities);
    }

    private static InTimeReference? InTimeReference(ChurnSnapshot test, bool[] labels, ChurnOptions options)
    {
        if (CrossValidate(test, labels, options) is not { } result)
        {
            return null;
        }

        var (rows, probabilities) = result;
        var picked = BootstrapInterval.Pick(labels, rows);
        return new InTimeReference(rows.Length, Folds, BinaryScoreMetrics.Auc(probabilities, picked), BinaryScoreMetrics.Lift(probabilities, picked, 0.10))
        {
            AucInterval = AucInterval(probabilities, picked, options.Seed),
        };
    }

    private static SegmentScores Segment(bool[] labels, double[] probabilities, double[] recency, int[] rows, int seed)
    {
        var picked = BootstrapInterval.Pick(labels, rows);
        var scores = BootstrapInterval.Pick(probabilities, rows);
        return new SegmentScores(
            rows.Length,
            rows.Length == 0 ? double.NaN : picked.Count(label => label) / (double)rows.Length,
            BinaryScoreMetrics.Auc(scores, picked),
            BinaryScoreMetrics.Auc(BootstrapInterval.Pick(recency, rows), picked),
            AucInterval(scores, picked, seed));
    }

    private static MetricInterval? AucInterval(double[] scores, bool[] labels, int seed)
    {
        if (labels.Length == 0)
        {
            return null;
        }

        var ranked = new RankedScores(scores);
        return MetricInterval.From(BootstrapInterval.OfCounts(
            labels.Length,
            counts => [ranked.Auc(counts, labels)],
            seed,
            BootstrapInterval.ResamplesFor(labels.Length))[0]);
    }

    private static int[] Rows(bool[] repeat, bool wanted) => [.. Enumerable.Range(0, repeat.Length).Where(row => repeat[row] == wanted)];

    private static float[] Features(ChurnSnapshot snapshot, IEnumerable<int> rows)
    {
        var features = new List<float>();
        foreach (var row in rows)
        {
            features.AddRange(snapshot.Row(row));
        }

        return [.. features];
    }
}

using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn.Features;

/// <summary>
/// Training examples stacked over several cutoffs: every customer known at each cutoff, with features as
/// of that cutoff and its fully observed label. The latest cutoff is the one given; earlier ones step back.
/// </summary>
public sealed class StackedExamples
{
    private StackedExamples(float[] features, bool[] labels, int[] cutoffs, double sampleShare)
    {
        Features = features;
        Labels = labels;
        Cutoffs = cutoffs;
        SampleShare = sampleShare;
    }

    /// <summary>Row-major features.</summary>
    public float[] Features { get; }

    /// <summary>Churn label per row.</summary>
    public bool[] Labels { get; }

    /// <summary>The cutoff days stacked, latest first.</summary>
    public int[] Cutoffs { get; }

    /// <summary>Share of the known customer-cutoff pairs kept (1 unless they exceed <see cref="ChurnOptions.MaxTrainingExamples"/>; BG/NBD is then fitted on each cutoff's sample).</summary>
    public double SampleShare { get; }

    /// <summary>Builds the examples of cutoffs <paramref name="latestCutoff"/>, minus a step, … (labels must be observed by then).</summary>
    public static StackedExamples Build(CustomerTimeline timeline, int latestCutoff, ChurnOptions options)
    {
        var cutoffs = new List<int>();
        for (var cutoff = latestCutoff; cutoff >= options.MinimumHistoryDays && cutoffs.Count < options.MaxTrainingCutoffs; cutoff -= options.CutoffStepDays)
        {
            cutoffs.Add(cutoff);
        }

        if (cutoffs.Count == 0)
        {
            throw new InvalidOperationException(
                $"Churn needs at least {options.MinimumHistoryDays + 2 * options.HorizonDays} days of history to train and evaluate; the data spans {timeline.LastDay + 1}.");
        }

        // Past a hundred thousand examples or so these trees learn no more, but time and memory keep growing with them.
        var known = cutoffs.Sum(cutoff => (long)Enumerable.Range(0, timeline.CustomerCount).Count(customer => timeline.KnownAt(customer, cutoff)));
        var share = Math.Min(1.0, (double)options.MaxTrainingExamples / known);
        // Each cutoff draws from its own seed and fills its own slot, and the slots are joined in cutoff order, so building
        // them side by side gives the same examples. A cutoff's item activity and BG/NBD fit run on one core, most of a
        // stacking's processor time (BG/NBD 0.9 of 1.3 CPU-s on 1M lines), which one cutoff at a time left the other idle.
        var snapshots = new (float[] Features, bool[] Labels)[cutoffs.Count];
        Parallel.For(0, cutoffs.Count, index =>
        {
            var cutoff = cutoffs[index];

            // Sampled before the features, so that unused rows cost nothing; BG/NBD is then fitted on the sample.
            var random = new Random(DerivedSeed.Of(options.Seed, cutoff));
            var snapshot = ChurnFeatureBuilder.Build(timeline, cutoff, share < 1 ? _ => random.NextDouble() < share : null);
            BuyTillYouDieFeatures.FitAndFill(snapshot, options.HorizonDays);
            snapshots[index] = (snapshot.Features, ChurnLabels.Build(timeline, snapshot, options.HorizonDays));
        });

        return new StackedExamples(Concatenate([.. snapshots.Select(pair => pair.Features)]), Concatenate([.. snapshots.Select(pair => pair.Labels)]), [.. cutoffs], share);
    }

    // One array of the exact size: growing a list of millions of floats costs up to three times the examples at its peak.
    private static T[] Concatenate<T>(List<T[]> parts)
    {
        var all = new T[parts.Sum(part => (long)part.Length)];
        var next = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, next);
            next += part.Length;
        }

        return all;
    }
}

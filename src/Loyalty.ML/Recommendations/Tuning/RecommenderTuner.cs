using System.Diagnostics;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Selection;

namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>
/// Searches every personal candidate's settings (<see cref="IPersonalCandidate.Variants"/>: EASE's λ, item-kNN's
/// neighbours, popularity's half-life, the blend weight, ALS's grid) on the choice split of the protocol the selection
/// decides on (<see cref="RecommenderSelection"/>), so the test splits are never looked at. A candidate's best setting
/// is kept only when its paired gain over the candidate's current settings is distinguishable
/// (<see cref="PairedComparison"/>); a gain inside the noise is not a gain. The selection then compares the
/// candidates at their kept settings, so tuning can change which one is served.
/// </summary>
internal static class RecommenderTuner
{
    /// <summary>Tunes every candidate of <paramref name="options"/>; <paramref name="log"/> gets one line per trial.</summary>
    public static TuningResult Tune(PurchaseHistory history, RecommenderOptions options, TuningOptions tuning, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var split = ChoiceSplit(history, options);
        if (split.TestCustomers.Length == 0)
        {
            throw new InvalidOperationException($"tune: no customer has new items in a last basket or in the {options.TestDays} days before the test split; nothing to tune on.");
        }

        var protocol = ProtocolRun.NameOf(split.Protocol);
        log?.Invoke($"tuning on the {protocol} choice split: {split.TestCustomers.Length:N0} customers");
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, split.Window, bought: split.TrainCounts);
        var budget = TimeSpan.FromMinutes(tuning.BudgetMinutes);
        var (chosen, trials, kept, stopped) = (options, new List<TuningTrial>(), new List<TuningTrial>(), false);
        foreach (var candidate in PersonalCandidates.All)
        {
            var before = RecommenderEvaluation.Score(split, model, candidate.Fit(inputs), options);
            var defaults = new TuningTrial(candidate.Name, candidate.Describe(options), before.Ndcg, null, 0);
            trials.Add(defaults);
            log?.Invoke(Line(defaults));
            var (best, bestOptions) = (defaults, options);
            foreach (var variant in candidate.Variants(options, tuning).Where(variant => variant != options))
            {
                if (clock.Elapsed > budget)
                {
                    stopped = true;
                    break;
                }

                var started = Stopwatch.StartNew();
                var (variantModel, variantInputs) = variant.Als == options.Als ? (model, inputs.With(variant)) : Refit(history, variant, split);
                var report = RecommenderEvaluation.Score(split, variantModel, candidate.Fit(variantInputs), variant);
                var trial = new TuningTrial(candidate.Name, candidate.Describe(variant), report.Ndcg, PairedComparison.Of(candidate.Name, "its current settings", [(report.CustomerNdcg, before.CustomerNdcg)]), started.Elapsed.TotalSeconds);
                trials.Add(trial);
                log?.Invoke(Line(trial));
                (best, bestOptions) = trial.Ndcg > best.Ndcg ? (trial, variant) : (best, bestOptions);
            }

            if (best.VersusDefaults is { Distinguishable: true, Difference: > 0 })
            {
                kept.Add(best);
                chosen = Merge(chosen, bestOptions, options);
            }
        }

        return new TuningResult(chosen with { Tuning = null }, protocol, split.TestCustomers.Length, trials, kept, clock.Elapsed.TotalSeconds, stopped);
    }

    /// <summary>The split the selection would choose on: the time-split validation window when both time-split windows are large, else the last baskets before the test split.</summary>
    internal static EvaluationSplit ChoiceSplit(PurchaseHistory history, RecommenderOptions options)
    {
        var splitTime = TimeSplit.DefaultSplitTime(history, options.TestDays);
        var validation = TimeSplit.Create(history, splitTime.AddDays(-options.TestDays), testUntil: splitTime);
        var test = TimeSplit.Create(history, splitTime);
        return RecommenderSelection.TimeSplitDecides(validation.TestCustomers.Length, test.TestCustomers.Length)
            ? validation
            : LastBasketSplit.Create(history, splitTime);
    }

    private static (RecommenderModel Model, CandidateInputs Inputs) Refit(PurchaseHistory history, RecommenderOptions options, EvaluationSplit split)
    {
        var (model, inputs, _) = RecommenderTrainer.FitBase(history, options, split.Window, bought: split.TrainCounts);
        return (model, inputs);
    }

    // Each candidate's settings are its own, so the kept ones are merged field group by field group over the others'.
    private static RecommenderOptions Merge(RecommenderOptions chosen, RecommenderOptions best, RecommenderOptions before) => chosen with
    {
        Als = best.Als != before.Als ? best.Als : chosen.Als,
        Ease = best.Ease != before.Ease ? best.Ease : chosen.Ease,
        ItemKnnNeighbors = best.ItemKnnNeighbors != before.ItemKnnNeighbors ? best.ItemKnnNeighbors : chosen.ItemKnnNeighbors,
        BlendWeight = best.BlendWeight != before.BlendWeight ? best.BlendWeight : chosen.BlendWeight,
        PopularityHalfLifeDays = best.PopularityHalfLifeDays != before.PopularityHalfLifeDays ? best.PopularityHalfLifeDays : chosen.PopularityHalfLifeDays,
    };

    private static string Line(TuningTrial trial) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{trial.Candidate,-20} {trial.Settings}: ndcg {trial.Ndcg:F4}{(trial.VersusDefaults is { } versus ? $", gain {versus.Difference:+0.0000;-0.0000} (95% {versus.Low:+0.0000;-0.0000} to {versus.High:+0.0000;-0.0000})" : " (current settings)")}, {trial.Seconds:F1}s");
}

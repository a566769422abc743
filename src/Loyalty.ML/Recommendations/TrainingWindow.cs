using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// What one recommender fit learns from: the purchase lines before <see cref="End"/>, each weighed by its age at
/// <see cref="Origin"/>, the last of those lines. The evaluated fit (before the split) and the published fit (the
/// whole history) are both windows, so a model trained on the history cut at the split is the model evaluated.
/// </summary>
public readonly record struct TrainingWindow(DateTime End, DateTime Origin)
{
    /// <summary>The lines before <paramref name="end"/>, aged from the last of them.</summary>
    public static TrainingWindow Before(PurchaseHistory history, DateTime end)
    {
        var lines = history.Purchases;
        var origin = DateTime.MinValue;
        for (var line = 0; line < lines.Count; line++)
        {
            var time = lines.Time[line];
            origin = time < end && time > origin ? time : origin;
        }

        return new TrainingWindow(end, origin);
    }

    /// <summary>Every line of the history, aged from its last purchase.</summary>
    public static TrainingWindow Whole(PurchaseHistory history) =>
        new(history.LastTime == DateTime.MaxValue ? DateTime.MaxValue : history.LastTime.AddTicks(1), history.LastTime);

    /// <summary>True when a line at <paramref name="time"/> is part of the fit.</summary>
    public bool Contains(DateTime time) => time < End;

    /// <summary>Weight of a line at <paramref name="time"/>: halves every <paramref name="halfLifeDays"/> before the origin (1 without a half-life).</summary>
    public double Weight(DateTime time, double halfLifeDays) =>
        halfLifeDays > 0 ? Math.Exp(-Math.Log(2) / halfLifeDays * (Origin - time).TotalDays) : 1;
}

using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// What one recommender fit learns from: the purchase lines before <see cref="End"/> (less the <see cref="HeldOut"/>
/// ones, when a per-customer hold-out set some aside), each weighed by its age at <see cref="Origin"/>, the last of
/// those lines. The evaluated fits and the published fit (the whole history) are all windows, so a model trained on
/// the history cut as an evaluation cuts it is the model evaluated.
/// </summary>
public readonly record struct TrainingWindow(DateTime End, DateTime Origin)
{
    /// <summary>Per purchase line, true when a per-customer hold-out keeps it out of the fit; null when none does.</summary>
    public bool[]? HeldOut { get; init; }

    /// <summary>The lines before <paramref name="end"/>, aged from the last of them.</summary>
    public static TrainingWindow Before(PurchaseHistory history, DateTime end) => Without(history, end, null);

    /// <summary>The lines before <paramref name="end"/> except <paramref name="heldOut"/> (per line), aged from the last line kept.</summary>
    public static TrainingWindow Without(PurchaseHistory history, DateTime end, bool[]? heldOut)
    {
        var lines = history.Purchases;
        var origin = DateTime.MinValue;
        for (var line = 0; line < lines.Count; line++)
        {
            var time = lines.Time[line];
            origin = time < end && time > origin && !(heldOut?[line] ?? false) ? time : origin;
        }

        return new TrainingWindow(end, origin) { HeldOut = heldOut };
    }

    /// <summary>Every line of the history, aged from its last purchase.</summary>
    public static TrainingWindow Whole(PurchaseHistory history) =>
        new(history.LastTime == DateTime.MaxValue ? DateTime.MaxValue : history.LastTime.AddTicks(1), history.LastTime);

    /// <summary>True when a line at <paramref name="time"/> is before the window's end.</summary>
    public bool Contains(DateTime time) => time < End;

    /// <summary>True when purchase line <paramref name="line"/> is part of the fit: before the end and not held out.</summary>
    public bool Contains(TransactionLines lines, int line) => lines.Time[line] < End && !(HeldOut?[line] ?? false);

    /// <summary>Weight of a line at <paramref name="time"/>: halves every <paramref name="halfLifeDays"/> before the origin (1 without a half-life).</summary>
    public double Weight(DateTime time, double halfLifeDays) =>
        halfLifeDays > 0 ? Math.Exp(-Math.Log(2) / halfLifeDays * (Origin - time).TotalDays) : 1;
}

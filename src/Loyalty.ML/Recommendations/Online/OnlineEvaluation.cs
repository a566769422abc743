namespace Loyalty.ML.Recommendations.Online;

/// <summary>Served lists matched with the purchases after them, per model version and list kind, and per arm when asked.</summary>
/// <param name="AsOf">Lists served more than one window before this count.</param>
/// <param name="WindowDays">The matching window, in days.</param>
/// <param name="K">Only the first K items of a list count.</param>
/// <param name="Groups">Per model version and list kind, newest version first.</param>
/// <param name="Arms">Per arm of an experiment (every list kind together), by the arm's name.</param>
public sealed record OnlineEvaluation(
    DateTimeOffset AsOf,
    double WindowDays,
    int K,
    IReadOnlyList<OnlineGroup> Groups,
    IReadOnlyDictionary<string, ListFigures> Arms);

using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn;

/// <summary>
/// The reasons of every score of one scoring, held as the customers' feature rows and which features were chosen, and
/// put into words only when asked. The sentences are most of a score's memory (≈ 500 bytes a customer on generated data) and are read
/// once, when the scores are written and counted; the rows cost 4 bytes a feature and the choices 2 bytes a reason.
/// </summary>
internal sealed class ChurnReasonTexts
{
    private const ushort RaisesRisk = 1 << 8;
    private const ushort Counterpoint = 1 << 9;
    private const ushort FeatureMask = 0xFF;

    private readonly float[] _features;
    private readonly ushort[] _chosen;
    private readonly int _perRow;
    private readonly int _horizonDays;

    /// <summary>Room for <paramref name="perRow"/> reasons of each of <paramref name="snapshot"/>'s rows, none chosen yet.</summary>
    public ChurnReasonTexts(ChurnSnapshot snapshot, int perRow, int horizonDays)
    {
        _features = snapshot.Features;
        _chosen = new ushort[snapshot.Count * perRow];
        _perRow = perRow;
        _horizonDays = horizonDays;
    }

    /// <summary>Rows held.</summary>
    public int Count => _chosen.Length / _perRow;

    /// <summary>Keeps <paramref name="reasons"/> (at most the room per row) as <paramref name="row"/>'s.</summary>
    public void Keep(int row, IReadOnlyList<ChurnReason> reasons)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reasons.Count, _perRow);
        for (var slot = 0; slot < reasons.Count; slot++)
        {
            var reason = reasons[slot];
            _chosen[row * _perRow + slot] = (ushort)(((int)reason.Feature + 1)
                | (reason.Contribution > 0 ? RaisesRisk : 0)
                | (reason.Counterpoint ? Counterpoint : 0));
        }
    }

    /// <summary><paramref name="row"/>'s sentences as <see cref="ChurnReason.Sentence"/> gave them when they were chosen.</summary>
    public string[] Of(int row)
    {
        var features = _features.AsSpan(row * ChurnSnapshot.FeatureCount, ChurnSnapshot.FeatureCount);
        var chosen = _chosen.AsSpan(row * _perRow, _perRow);
        var count = 0;
        while (count < chosen.Length && chosen[count] != 0)
        {
            count++;
        }

        var sentences = new string[count];
        for (var slot = 0; slot < count; slot++)
        {
            var code = chosen[slot];
            var text = ChurnReasons.Describe(features, (ChurnFeature)((code & FeatureMask) - 1), _horizonDays, (code & RaisesRisk) != 0)
                ?? throw new InvalidOperationException($"Row {row}: a chosen reason has no sentence.");
            sentences[slot] = (code & Counterpoint) != 0 ? ChurnReason.CounterpointLabel + text : text;
        }

        return sentences;
    }

    /// <summary><paramref name="scores"/> (one a row, reason-free) with their sentences, each put into words as it is read.</summary>
    public IEnumerable<ChurnScore> Attach(IReadOnlyList<ChurnScore> scores)
    {
        for (var row = 0; row < scores.Count; row++)
        {
            yield return scores[row] with { Reasons = Of(row) };
        }
    }
}

namespace Loyalty.ML.Churn.Figures;

/// <summary>Builds <see cref="ValueFigures"/> from the published scores.</summary>
internal static class ValueFiguresBuilder
{
    private const int Bins = 12;
    private const int TopShown = 20;

    /// <summary>The figures of <paramref name="scores"/>; the customers shown get their sentences from <paramref name="reasonsOf"/> (by position).</summary>
    public static ValueFigures Build(IReadOnlyList<ChurnScore> scores, Func<int, IReadOnlyList<string>> reasonsOf)
    {
        var bands = Enum.GetValues<RiskBand>().Select(band =>
        {
            var inBand = scores.Where(score => score.Band == band).ToList();
            return new BandValue(band.ToString().ToLowerInvariant(), inBand.Count, Math.Round(inBand.Sum(score => score.Clv), 2), Math.Round(inBand.Sum(score => score.Probability * score.Clv), 2));
        });
        var top = scores.Select((score, row) => (Score: score, Row: row))
            .Where(scored => AtRiskCustomer.IsAtRisk(scored.Score))
            .OrderByDescending(scored => scored.Score.Probability * scored.Score.Clv)
            .ThenBy(scored => scored.Score.CustomerId, StringComparer.Ordinal)
            .Take(TopShown)
            .Select(scored => AtRiskCustomer.Of(scored.Score with { Reasons = reasonsOf(scored.Row) }));
        return new ValueFigures(Histogram(scores), [.. bands], [.. top]);
    }

    // CLV is heavy-tailed: geometric bins show the many small values and the few large ones on one axis.
    private static List<ClvBin> Histogram(IReadOnlyList<ChurnScore> scores)
    {
        var bins = new List<ClvBin>();
        var zero = scores.Where(score => score.Clv <= 0).ToList();
        if (zero.Count > 0)
        {
            bins.Add(new ClvBin(0, 0, zero.Count, zero.Count(AtRiskCustomer.IsAtRisk)));
        }

        var positive = scores.Where(score => score.Clv > 0).OrderBy(score => score.Clv).ToList();
        if (positive.Count == 0)
        {
            return bins;
        }

        var (smallest, low, high) = (positive[0].Clv, positive[(int)(0.01 * (positive.Count - 1))].Clv, positive[^1].Clv);
        var count = high > low ? Bins : 1;
        var edges = Enumerable.Range(0, count + 1).Select(k => low * Math.Pow(high / low, (double)k / count)).ToArray();
        (edges[0], edges[^1]) = (smallest, high);
        for (var k = 0; k < count; k++)
        {
            var (from, to, last) = (edges[k], edges[k + 1], k == count - 1);
            var inBin = positive.Where(score => score.Clv >= from && (score.Clv < to || (last && score.Clv <= to))).ToList();
            bins.Add(new ClvBin(Math.Round(from, 2), Math.Round(to, 2), inBin.Count, inBin.Count(AtRiskCustomer.IsAtRisk)));
        }

        return bins;
    }
}

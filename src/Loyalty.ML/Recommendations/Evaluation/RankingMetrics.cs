namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>Ranking metrics of one recommendation list against one customer's relevant items (binary relevance).</summary>
internal readonly record struct RankingMetrics(double Ndcg, double Recall, double Hit, double AveragePrecision)
{
    /// <summary>Scores <paramref name="recommended"/> (best first, at most K long) against sorted <paramref name="relevant"/>.</summary>
    public static RankingMetrics Compute(ReadOnlySpan<int> recommended, ReadOnlySpan<int> relevant, int k)
    {
        if (relevant.IsEmpty)
        {
            return default;
        }

        double dcg = 0, precisionSum = 0;
        var hits = 0;
        var length = Math.Min(k, recommended.Length);
        for (var rank = 0; rank < length; rank++)
        {
            if (relevant.BinarySearch(recommended[rank]) >= 0)
            {
                hits++;
                dcg += 1.0 / Math.Log2(rank + 2);
                precisionSum += (double)hits / (rank + 1);
            }
        }

        var ideal = Math.Min(relevant.Length, k);
        double idcg = 0;
        for (var rank = 0; rank < ideal; rank++)
        {
            idcg += 1.0 / Math.Log2(rank + 2);
        }

        return new RankingMetrics(dcg / idcg, (double)hits / relevant.Length, hits > 0 ? 1 : 0, precisionSum / ideal);
    }
}

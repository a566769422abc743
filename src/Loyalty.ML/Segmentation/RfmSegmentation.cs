using Loyalty.ML.Core;

namespace Loyalty.ML.Segmentation;

/// <summary>
/// RFM segmentation as of the last purchase in the history: every customer with at least one purchase
/// gets recency, frequency and monetary values, a 1–5 score for each by quintile (<see cref="QuintileScorer"/>:
/// ties share a score) and a named segment (<see cref="RfmSegments"/>).
/// </summary>
internal static class RfmSegmentation
{
    /// <summary>Segments the buying customers of <paramref name="history"/>, in customer index order.</summary>
    public static IReadOnlyList<CustomerRfm> Compute(PurchaseHistory history) => Compute(history, CustomerActivity.Of(history));

    internal static IReadOnlyList<CustomerRfm> Compute(PurchaseHistory history, CustomerActivity activity)
    {
        var buyers = Enumerable.Range(0, activity.Count).Where(customer => activity.Orders[customer] > 0).ToArray();
        var recency = buyers.Select(customer => (double)activity.RecencyDays(customer, history.LastTime)).ToArray();
        var frequency = buyers.Select(customer => (double)activity.Orders[customer]).ToArray();
        var monetary = buyers.Select(customer => activity.Spend[customer]).ToArray();
        var r = QuintileScorer.Score(recency, higherIsBetter: false);
        var f = QuintileScorer.Score(frequency, higherIsBetter: true);
        var m = QuintileScorer.Score(monetary, higherIsBetter: true);
        var result = new CustomerRfm[buyers.Length];
        for (var i = 0; i < buyers.Length; i++)
        {
            result[i] = new CustomerRfm(
                history.Customers[buyers[i]], (int)recency[i], (int)frequency[i], monetary[i], r[i], f[i], m[i], RfmSegments.Of(r[i], f[i], m[i]));
        }

        return result;
    }
}

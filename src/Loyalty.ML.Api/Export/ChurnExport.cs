using Loyalty.ML.Api.Churn;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Export;

/// <summary>Which rows an export holds, in ordinal customer-id order so that <c>after</c> resumes exactly where a download stopped.</summary>
internal static class ChurnExport
{
    /// <summary>
    /// Every customer of <paramref name="now"/>, or with <paramref name="before"/> only those whose probability or band
    /// differs between the two snapshots: the customers with purchases stored in between when the model is the same,
    /// every customer when it is not.
    /// </summary>
    public static IEnumerable<ChurnScoreView> Rows(ChurnSnapshot now, ChurnSnapshot? before, string? after, string storePath)
    {
        var ids = before is null ? now.CustomerIds()
            : before.Model.Version == now.Model.Version ? PurchasedBetween(storePath, before.Watermark.EventSeq, now.Watermark.EventSeq)
            : now.CustomerIds().Concat(before.CustomerIds());
        var ordered = new SortedSet<string>(ids.Where(id => after is null || string.CompareOrdinal(id, after) > 0), StringComparer.Ordinal);
        foreach (var id in ordered)
        {
            if (now.Row(id) is not { } row)
            {
                continue;
            }

            if (before is null || before.Row(id) is not { } old || old.Band != row.Band || old.Probability != row.Probability)
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<string> PurchasedBetween(string storePath, long after, long upTo) =>
        PurchaseLog.After(storePath, after, int.MaxValue).TakeWhile(row => row.Seq <= upTo).Select(row => row.Purchase.CustomerId);
}

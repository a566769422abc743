using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn.Rescoring;

/// <summary>
/// What re-scoring one customer needs beside the model, frozen at training: the feature context (day numbering, item
/// activity, categories, BG/NBD), the Gamma-Gamma spend model for CLV, the item ids and every customer's lines.
/// </summary>
/// <param name="Context">The feature context of the published scores.</param>
/// <param name="Spend">The Gamma-Gamma model, or null when too few customers repeat to fit it.</param>
/// <param name="Items">Item ids by training index.</param>
/// <param name="Lines">Every customer's training lines.</param>
internal sealed record ChurnFoldIn(CustomerFeatureContext Context, GammaGammaModel? Spend, IdMap Items, CustomerLines Lines)
{
    /// <summary>The fold-in data of scores computed on <paramref name="timeline"/> of <paramref name="history"/> at its last day.</summary>
    public static ChurnFoldIn Of(PurchaseHistory history, CustomerTimeline timeline, BgNbdModel purchases, GammaGammaModel? spend, int horizonDays) =>
        new(CustomerFeatureContext.Create(timeline, history.Catalog, timeline.LastDay, purchases, horizonDays), spend, history.Items, CustomerLines.Of(history));
}

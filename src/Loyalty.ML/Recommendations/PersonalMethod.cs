namespace Loyalty.ML.Recommendations;

/// <summary>Where personal top-N lists come from; the training run keeps the one that scores best on validation.</summary>
public enum PersonalMethod
{
    /// <summary>Customer factors dotted with item factors (implicit ALS).</summary>
    Als,

    /// <summary>Sum of the Jaccard similarities of the customer's items to each item (SAR-style item-kNN).</summary>
    ItemKnn,

    /// <summary>The same time-decayed popularity ranking for everyone.</summary>
    Popularity,

    /// <summary>ALS and item-kNN scores, each scaled to [0, 1] per customer, mixed by the blend weight.</summary>
    BlendAlsItemKnn,

    /// <summary>
    /// The same ranking for everyone by the number of customers who bought each item, undecayed: the popularity
    /// baseline's own ranking, so the run can always serve the best baseline it reports.
    /// </summary>
    PopularityAllTime,
}

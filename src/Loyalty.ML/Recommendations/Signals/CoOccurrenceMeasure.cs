namespace Loyalty.ML.Recommendations.Signals;

/// <summary>How a co-occurrence count c(i, j) becomes a similarity.</summary>
public enum CoOccurrenceMeasure
{
    /// <summary>c(i,j) / n(i): the share of i's baskets that also hold j.</summary>
    Conditional,

    /// <summary>c(i,j) / (n(i) + n(j) − c(i,j)), as in SAR.</summary>
    Jaccard,

    /// <summary>c(i,j) / (n(i) + shrinkage), and only pairs with c(i,j) at least the minimum support.</summary>
    Shrunk,
}

namespace Loyalty.ML.Recommendations.Online;

/// <summary>
/// What became of a set of served lists (one model version and list kind, or one arm of an experiment): lists whose
/// window has passed, their customers, the share of lists with a purchase of one of their first K items within the
/// window (hit rate@K), the share of those K items bought (precision@K), and the revenue of purchases of listed items.
/// Estimates are null with fewer than two customers.
/// </summary>
/// <param name="Customers">Customers with at least one list counted.</param>
/// <param name="Lists">Lists served whose window has passed, counted.</param>
/// <param name="PendingLists">Lists served less than one window ago: not counted yet, their outcome is not known.</param>
/// <param name="Hits">Lists with a hit.</param>
/// <param name="HitRate">Hit rate@K over lists, with its interval over customers.</param>
/// <param name="Precision">Precision@K over lists (items bought of those shown, up to K), with its interval over customers.</param>
/// <param name="Revenue">Revenue of purchases of an item in the first K of a list served to the customer within the window before; each line once.</param>
/// <param name="RevenuePerCustomer">That revenue per customer counted, with its interval.</param>
public sealed record ListFigures(
    long Customers,
    long Lists,
    long PendingLists,
    long Hits,
    Estimate? HitRate,
    Estimate? Precision,
    double Revenue,
    Estimate? RevenuePerCustomer);

namespace Loyalty.ML.Api.Evaluation;

/// <summary>
/// What became of a set of served lists. A list counts once its window has passed (<c>pendingLists</c> are still inside
/// it); <c>hitRate</c> is the share of lists with a purchase of one of their first K items within the window,
/// <c>precision</c> the share of those items bought, <c>revenue</c> the revenue of purchases of listed items within a
/// list's window (each line once), <c>revenuePerCustomer</c> that per customer. Estimates are absent with fewer than two customers.
/// </summary>
public sealed record ListFiguresView(
    long Customers,
    long Lists,
    long PendingLists,
    long Hits,
    EstimateView? HitRate,
    EstimateView? Precision,
    double Revenue,
    EstimateView? RevenuePerCustomer);

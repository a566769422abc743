namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>One also-bought method's hit rate on a split's held-out orders.</summary>
/// <param name="HitRate">Share of the scored (order, item) pairs whose list holds another item of the order.</param>
/// <param name="Orders">Orders scored: every order with two items or more, or a seeded sample of them (<see cref="AlsoBoughtEvaluator.DefaultMaxOrders"/>).</param>
/// <param name="Pairs">(Order, item) pairs scored.</param>
/// <param name="EligibleOrders">Orders with two items or more, before sampling.</param>
/// <param name="StdError">Standard error of the hit rate, orders as clusters (a ratio estimator: pairs of one order are not independent).</param>
internal sealed record AlsoBoughtScore(double HitRate, int Orders, int Pairs, int EligibleOrders, double StdError);

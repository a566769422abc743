using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.SampleData;

/// <summary>
/// A generated history cut at <paramref name="Cutoff"/>: what a model trains on, and what the same customers go on to buy
/// after it (the simulator's knowledge of each customer's next purchases), as the purchase events a till would report.
/// </summary>
/// <param name="History">The lines before the cutoff.</param>
/// <param name="Future">The lines from the cutoff to the end, in time order (returns with a negative quantity).</param>
/// <param name="Cutoff">Midnight (UTC) of the first day of the future.</param>
public sealed record SampleFuture(PurchaseHistory History, IReadOnlyList<PurchaseEvent> Future, DateTimeOffset Cutoff);

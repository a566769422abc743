namespace Loyalty.ML.SampleData.Experiments;

/// <summary>A customer on the shop's pages at a moment: one personal list is served to them.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="At">When.</param>
public sealed record ShopVisit(string CustomerId, DateTimeOffset At);

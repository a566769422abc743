namespace Loyalty.ML.Api.Contracts;

/// <summary>Customers whose offers a campaign tool wants in one call (at most 1,000).</summary>
public sealed record OffersBatchRequest(IReadOnlyList<string>? CustomerIds);

namespace Loyalty.ML.Api.Offers;

/// <summary>
/// Customers whose offers a campaign tool wants in one call (at most 1,000), for the campaign named (else each offer's
/// type's default campaign); control customers' offers are left out unless <c>includeControl</c> is true.
/// </summary>
public sealed record OffersBatchRequest(IReadOnlyList<string>? CustomerIds, string? Campaign = null, bool IncludeControl = false);

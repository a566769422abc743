namespace Loyalty.ML.Api.Offers;

/// <summary>A customer's offers, best first, made on AsOf (today).</summary>
public sealed record OffersResponse(string CustomerId, DateOnly AsOf, IReadOnlyList<OfferView> Offers, string ModelVersion);

namespace Loyalty.ML.Api.Contracts;

/// <summary>A customer's offers, best first, as of the model's date.</summary>
public sealed record OffersResponse(string CustomerId, DateOnly AsOf, IReadOnlyList<OfferView> Offers, string ModelVersion);

namespace Loyalty.ML.Api.Offers;

/// <summary>One customer's offers in a batch answer, best first.</summary>
public sealed record CustomerOffersView(string CustomerId, IReadOnlyList<OfferView> Offers);

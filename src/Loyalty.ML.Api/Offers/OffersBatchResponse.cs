namespace Loyalty.ML.Api.Offers;

/// <summary>Offers of the known customers of a batch request, in request order, made on AsOf (today), and the ids the model does not know.</summary>
public sealed record OffersBatchResponse(
    string ModelVersion,
    DateOnly AsOf,
    IReadOnlyList<CustomerOffersView> Customers,
    IReadOnlyList<string> UnknownIds);

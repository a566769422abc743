namespace Loyalty.ML.Offers;

/// <summary>A customer's offers after the program's limits, and which limits took something from them.</summary>
/// <param name="Offers">The offers, best first.</param>
/// <param name="Qualified">Offer types the rules qualified the customer for, before the limits.</param>
/// <param name="Removed">The limits that removed or cut an offer.</param>
internal sealed record OfferProposal(IReadOnlyList<Offer> Offers, int Qualified, LimitRemovals Removed);

namespace Loyalty.ML.Data.Events;

/// <summary>
/// An offer issued to or redeemed by a customer, reported as it happens so the program's limits count it at once,
/// beside the issued-offers file.
/// </summary>
/// <param name="EventId">The idempotency key.</param>
/// <param name="CustomerId">Business id of the customer.</param>
/// <param name="OfferType">The offer type's name (win_back, cross_sell, …).</param>
/// <param name="Action">Issued or redeemed.</param>
/// <param name="Day">The day it was issued or redeemed.</param>
/// <param name="BonusValue">Bonus value granted by this event (counted against the monthly cap); 0 for none.</param>
/// <param name="DiscountPercent">Discount of the offer, for the record.</param>
public sealed record OfferEvent(
    string EventId,
    string CustomerId,
    string OfferType,
    OfferAction Action,
    DateOnly Day,
    double BonusValue,
    double DiscountPercent);

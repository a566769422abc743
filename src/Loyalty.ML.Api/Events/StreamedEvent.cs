using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Events;

/// <summary>One entry of the event stream read back: its stream id and either a purchase or an offer event.</summary>
internal sealed record StreamedEvent(string StreamId, PurchaseEvent? Purchase, OfferEvent? Offer);

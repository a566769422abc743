using Loyalty.ML.Offers;

namespace Loyalty.ML.Api.Serving;

/// <summary>One consistent set of offer rules and issued-offer ledger, swapped whole.</summary>
internal sealed record OfferConfiguration(OfferEngine Engine, OfferLedger Ledger, DateTime RulesWrittenAt, DateTime LedgerWrittenAt);

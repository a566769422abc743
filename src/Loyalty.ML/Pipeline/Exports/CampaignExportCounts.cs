namespace Loyalty.ML.Pipeline.Exports;

/// <summary>What a campaign export wrote.</summary>
/// <param name="Customers">Customers considered.</param>
/// <param name="Offers">Offer rows written.</param>
/// <param name="TreatmentCustomers">Customers sent at least one offer.</param>
/// <param name="ControlCustomers">Customers held out of at least one campaign.</param>
/// <param name="Limits">Consent as recorded and what each of the program's limits removed, over the customers considered.</param>
public sealed record CampaignExportCounts(int Customers, int Offers, int TreatmentCustomers, int ControlCustomers, Offers.OfferLimitMetrics Limits);

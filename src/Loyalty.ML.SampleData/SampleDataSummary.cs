using Loyalty.ML.SampleData.Campaigns;

namespace Loyalty.ML.SampleData;

/// <summary>What a generation run produced.</summary>
public sealed record SampleDataSummary(
    int Customers,
    int Items,
    int Categories,
    long Orders,
    long PurchaseLines,
    long ReturnLines,
    int ActiveCustomers,
    int LapsingCustomers,
    int ChurnedCustomers,
    SampleCampaignOutcome? Campaign = null);

namespace Loyalty.ML.SampleData;

/// <summary>
/// A generated customer's master data and lifecycle ground truth. <see cref="ChurnedAt"/> is the first
/// day the customer buys nothing any more (none on or after it); it lies after the end of the history
/// for lapsing customers and is null for active ones.
/// </summary>
public sealed record SampleCustomer(
    string CustomerId,
    string Name,
    DateOnly? Birthday,
    DateOnly SignupDate,
    string PreferredChannel,
    bool MarketingConsent,
    DateOnly AcquiredAt,
    DateOnly? ChurnedAt,
    SampleLifecycle Lifecycle);

namespace Loyalty.ML.Core;

/// <summary>Customer master data from the optional customers file; <see cref="MarketingConsent"/> is null when the file does not say.</summary>
public sealed record CustomerProfile(
    string CustomerId,
    string? Name,
    DateOnly? Birthday,
    DateOnly? SignupDate,
    string? PreferredChannel,
    bool? MarketingConsent);

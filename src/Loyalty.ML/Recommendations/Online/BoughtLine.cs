namespace Loyalty.ML.Recommendations.Online;

/// <summary>One purchase line of a customer, as the online evaluation matches it against the lists served before it.</summary>
/// <param name="ItemId">The item bought.</param>
/// <param name="At">When.</param>
/// <param name="Revenue">Quantity × unit price.</param>
public readonly record struct BoughtLine(string ItemId, DateTimeOffset At, double Revenue);

namespace Loyalty.ML.Data.Events;

/// <summary>What a training run took from the event store: its own source in <c>data_report.json</c>.</summary>
/// <param name="Store">The store's path.</param>
/// <param name="After">Events dated after this day were taken.</param>
/// <param name="Read">Purchase events read after that day.</param>
/// <param name="Purchases">Taken as purchase lines.</param>
/// <param name="Returns">Taken as return lines.</param>
/// <param name="Rejected">Refused by the loader's rules (none unless the rules changed since they were stored).</param>
public sealed record EventsReport(string Store, DateOnly After, int Read, int Purchases, int Returns, int Rejected);

using System.Globalization;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary>The line that says what a run took from the API's event store: how many, from which store, after which day.</summary>
internal static class EventsSummary
{
    public static string Line(EventsReport events) => events switch
    {
        { Read: 0 } when !File.Exists(events.Store) => $"events: none (no event store at {events.Store})",
        { Read: 0 } => Invariant($"events: none reported after {events.After:yyyy-MM-dd} in {events.Store}"),
        _ => Invariant($"events: {Lines(events.Purchases, "purchase")} and {Lines(events.Returns, "return")} reported to the API after {events.After:yyyy-MM-dd}, from {events.Store}")
            + (events.Rejected > 0 ? Invariant($" ({events.Rejected:N0} refused by the loader's rules)") : string.Empty),
    };

    private static string Lines(int count, string what) => count == 1 ? $"1 {what}" : Invariant($"{count:N0} {what}s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.CommandLine;
using Loyalty.ML.Data;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Core;
using Loyalty.ML.Training.Commands.Train;

namespace Loyalty.ML.Training.Commands;

/// <summary>The <c>--data</c>/<c>--mapping</c> pair of the commands that read a purchase history.</summary>
internal static class HistoryInput
{
    public static Option<string> Data() => new("--data")
    {
        Description = "Transactions file (CSV, CSV.GZ, Parquet) or a folder holding transactions/items/customers files.",
        Required = true,
    };

    public static Option<string?> Mapping() => new("--mapping")
    {
        Description = "Column mapping (JSON), e.g. data/mappings/online-retail.json; a folder's mapping.json is used when present.",
    };

    /// <summary>The history in <paramref name="data"/>, with the purchases of the event store <paramref name="events"/> after its last day when given.</summary>
    public static PurchaseHistory Load(string data, string? mapping, EventSource? events = null)
    {
        var sources = Directory.Exists(data) ? DataSources.FromFolder(data) : new DataSources(data);
        if (mapping is not null)
        {
            sources = sources with { Mapping = mapping };
        }

        var result = PurchaseHistoryLoader.Load(sources, LoadOptions.Default with { Events = events });
        var history = result.History;
        Console.WriteLine($"loaded {history.Purchases.Count:N0} purchase lines, {history.Customers.Count:N0} customers, {history.Items.Count:N0} items from {sources.Transactions}");
        if (result.Report.Events is { } stored)
        {
            Console.WriteLine($"  {EventsSummary.Line(stored)}");
        }

        return history;
    }
}

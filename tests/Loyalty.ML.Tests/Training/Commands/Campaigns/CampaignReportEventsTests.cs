using System.Text.Json;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Tests.Training.Commands.Campaigns;

public sealed class CampaignReportEventsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void CampaignReport_PurchasesReportedAfterTheExport_CountAsOutcomes()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "200", "--items", "50", "--lines", "4000").ExitCode);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train").ExitCode);
        File.WriteAllText(_folder.Combine("rules.json"), """{ "holdout": { "campaigns": { "june": 0.4 } } }""");
        var export = TrainerProcess.Run(_folder.Path, "export-offers", "--campaign", "june", "--rules", "rules.json", "--as-of", "2025-12-21", "--out", "both.csv", "--assignments", "june.csv", "--include-control");
        Assert.True(export.ExitCode == 0, export.Output);
        var before = Report("before.json", "data/events/none.db");

        var assigned = CampaignAssignmentFile.Read(_folder.Combine("june.csv")).Select(row => row.CustomerId).Distinct().ToList();
        using (var store = EventStore.Open(_folder.Combine("data", "events", "events.db")))
        {
            store.AppendPurchases([.. assigned.Select((customer, index) => new PurchaseEvent(
                $"till-{index}", customer, null, 1, 25, new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero), $"T-{index}"))]);
        }

        var after = Report("after.json", "data/events/events.db");

        Assert.Equal(10, before.GetProperty("observed_days").GetInt32());
        Assert.Equal(15, after.GetProperty("observed_days").GetInt32());
    }

    public void Dispose() => _folder.Dispose();

    private JsonElement Report(string json, string events)
    {
        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "campaign-report", "june", "--assignments", "june.csv", "--json", json, "--events", events);
        Assert.True(exitCode == 0, output);
        Assert.Equal(events.EndsWith("events.db", StringComparison.Ordinal), output.Contains("reported to the API after 2025-12-31", StringComparison.Ordinal));
        return JsonDocument.Parse(File.ReadAllText(_folder.Combine(json))).RootElement.Clone();
    }
}

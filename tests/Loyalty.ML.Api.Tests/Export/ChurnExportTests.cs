using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Export;

/// <summary>GET /v1/churn/export: every customer in one call, pinned, resumable, and deltas with changedSince.</summary>
public sealed class ChurnExportTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-export-{Guid.NewGuid():N}");
    private ApiHost? _host;

    private ApiHost Host => _host!;

    private HttpClient Crm => Host.Client(TestKeys.Crm);

    public async Task InitializeAsync() => _host = await EventLines.StartHostAsync(_folder);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Export_Ndjson_HoldsEveryScoredCustomerOnceInIdOrderAsTheSingleAnswerGivesIt()
    {
        var (rows, response) = await ExportAsync("/v1/churn/export");

        var churn = Host.Services.GetRequiredService<ModelProvider>().Current!.Bundle.Churn!;
        var ids = rows.Select(row => row.GetProperty("customerId").GetString()!).ToList();
        Assert.Equal(churn.ByRisk.Count, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("v1", response.Headers.GetValues("Loyalty-Model-Version").Single());
        var single = await Crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{ids[7]}/churn");
        Assert.Equal(single.GetProperty("probability").GetDouble(), rows[7].GetProperty("probability").GetDouble());
        Assert.Equal(single.GetProperty("band").GetString(), rows[7].GetProperty("band").GetString());
        Assert.Equal(single.GetProperty("segment").GetString(), rows[7].GetProperty("segment").GetString());
        Assert.Equal(single.GetProperty("clv").GetDouble(), rows[7].GetProperty("clv").GetDouble());
    }

    [Fact]
    public async Task Export_Csv_HasTheHeaderAndOneLinePerCustomer()
    {
        var response = await Crm.GetAsync("/v1/churn/export?format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var churn = Host.Services.GetRequiredService<ModelProvider>().Current!.Bundle.Churn!;
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("customer_id,probability,band,reasons,probability_alive,expected_purchases,clv,segment", lines[0]);
        Assert.Equal(churn.ByRisk.Count, lines.Length - 1);
    }

    [Fact]
    public async Task Export_ResumedWithSnapshotAndAfter_GivesTheRestAsOfTheFirstCallEvenAfterNewEvents()
    {
        var (all, first) = await ExportAsync("/v1/churn/export");
        var watermark = first.Headers.GetValues("Loyalty-Watermark").Single();
        var cut = all.Count / 2;
        var laterCustomer = all[^1].GetProperty("customerId").GetString()!;
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("resume-1", laterCustomer, TestBundles.KnownItem));

        var (rest, _) = await ExportAsync($"/v1/churn/export?snapshot={watermark}&after={all[cut - 1].GetProperty("customerId").GetString()}");

        Assert.Equal(all.Skip(cut).Select(row => row.GetRawText()), rest.Select(row => row.GetRawText()));
    }

    [Fact]
    public async Task Export_ChangedSince_ListsOnlyTheCustomersWhosePurchasesMovedTheirScore()
    {
        var (before, first) = await ExportAsync("/v1/churn/export");
        var watermark = first.Headers.GetValues("Loyalty-Watermark").Single();
        var movers = before.Where(row => row.GetProperty("band").GetString() == "high").Take(2).Select(row => row.GetProperty("customerId").GetString()!).ToList();
        Assert.Equal(2, movers.Count);
        var till = Host.Client(EventLines.TillKey);
        await EventLines.PostAsync(till, [.. movers.Select((customer, index) => EventLines.Purchase($"delta-{index}", customer, TestBundles.KnownItem))]);

        var (changed, second) = await ExportAsync($"/v1/churn/export?changedSince={watermark}");
        var (none, _) = await ExportAsync($"/v1/churn/export?changedSince={second.Headers.GetValues("Loyalty-Watermark").Single()}");

        Assert.Equal(movers.Order(StringComparer.Ordinal), changed.Select(row => row.GetProperty("customerId").GetString()!));
        Assert.All(changed, row => Assert.NotEqual(
            before.Single(old => old.GetProperty("customerId").GetString() == row.GetProperty("customerId").GetString()).GetProperty("probability").GetDouble(),
            row.GetProperty("probability").GetDouble()));
        Assert.Empty(none);
    }

    [Fact]
    public async Task Export_ChangedSinceAcrossAModelWithTheSameScores_ListsNobody()
    {
        var (_, first) = await ExportAsync("/v1/churn/export");
        TestBundles.Publish(Host.Registry, "v2");
        await Host.Services.GetRequiredService<ModelProvider>().ReloadAsync();

        var (changed, second) = await ExportAsync($"/v1/churn/export?changedSince={first.Headers.GetValues("Loyalty-Watermark").Single()}");
        var stale = await Crm.GetAsync($"/v1/churn/export?snapshot={first.Headers.GetValues("Loyalty-Watermark").Single()}");

        Assert.Equal("v2", second.Headers.GetValues("Loyalty-Model-Version").Single());
        Assert.Empty(changed);
        await ProblemAssert.IsProblem(stale, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("snapshot=not-a-watermark", "snapshot")]
    [InlineData("changedSince=Li4vZXRjCjE", "changedSince")]
    public async Task Export_BadArgument_Returns400NamingIt(string query, string argument)
    {
        var response = await Crm.GetAsync($"/v1/churn/export?{query}");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(argument, out _), problem.GetRawText());
    }

    private async Task<(List<JsonElement> Rows, HttpResponseMessage Response)> ExportAsync(string path)
    {
        var response = await Crm.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return ([.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())], response);
    }
}

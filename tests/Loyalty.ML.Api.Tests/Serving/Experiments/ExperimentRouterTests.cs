using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Exposures;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;

namespace Loyalty.ML.Api.Tests.Serving.Experiments;

/// <summary>A challenger served to its share of customers by the real service: sticky, said in the answer, recorded, and ended.</summary>
public sealed class ExperimentRouterTests
{
    private const string Name = "half";

    [Fact]
    public async Task GetRecommendations_CustomersOfTheChallengerArm_GetItAndAreToldSoEveryTime()
    {
        await using var host = await StartAsync(registry => ExperimentRegistry.Start(registry, "v2", 0.5, DateTimeOffset.UtcNow.AddMinutes(-1), Name));
        var shop = host.Client(TestKeys.Shop);
        var customers = TestBundles.History.Customers.Ids.Take(40).ToList();

        var answers = new List<(string Customer, string Version, string? Experiment)>();
        foreach (var customer in customers.Concat(customers))
        {
            var list = await shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/recommendations?count=3");
            answers.Add((customer, list.GetProperty("modelVersion").GetString()!, list.TryGetProperty("experiment", out var experiment) ? experiment.GetString() : null));
        }

        var treated = customers.Where(customer => CampaignAssigner.Bucket(Name, customer) < 0.5).ToHashSet();
        Assert.InRange(treated.Count, 10, 30);
        Assert.All(answers, answer => Assert.Equal(treated.Contains(answer.Customer) ? ("v2", Name) : ("v1", null), (answer.Version, answer.Experiment)));
        var lists = await ExposureLogTests.RecordedAsync(host, answers.Count);
        Assert.All(lists, list => Assert.Equal(treated.Contains(list.CustomerId) ? ("v2", Name) : ("v1", null), (list.ModelVersion, list.Experiment)));
    }

    [Fact]
    public async Task GetRecommendations_ExperimentStopped_EveryoneGetsTheCurrentVersionAgain()
    {
        ModelRegistry? models = null;
        await using var host = await StartAsync(registry =>
        {
            models = registry;
            ExperimentRegistry.Start(registry, "v2", 0.9, DateTimeOffset.UtcNow.AddMinutes(-1), Name);
        });
        var shop = host.Client(TestKeys.Shop);
        var customer = TestBundles.History.Customers.Ids.First(id => CampaignAssigner.Bucket(Name, id) < 0.9);
        Assert.Equal("v2", await VersionAsync(shop, customer));

        ExperimentRegistry.Stop(models!, Name, DateTimeOffset.UtcNow);

        await Replica.WaitUntilAsync(async () => await VersionAsync(shop, customer) == "v1", TimeSpan.FromSeconds(10), "the champion serving again");
    }

    [Fact]
    public async Task GetRecommendations_ChallengerDamagedAfterTheStart_ItsCustomersGetTheChampionAndTheEvaluationSaysWhy()
    {
        await using var host = await StartAsync(registry =>
        {
            ExperimentRegistry.Start(registry, "v2", 0.9, DateTimeOffset.UtcNow.AddMinutes(-1), Name);
            File.AppendAllText(Path.Combine(registry.PathOf("v2"), BundleFiles.Metrics), " ");
        });
        var customer = TestBundles.History.Customers.Ids.First(id => CampaignAssigner.Bucket(Name, id) < 0.9);

        Assert.Equal("v1", await VersionAsync(host.Client(TestKeys.Shop), customer));
        await ExposureLogTests.RecordedAsync(host, 1);
        var online = await host.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/evaluation/online");
        var experiment = Assert.Single(online.GetProperty("experiments").EnumerateArray());
        Assert.Contains("metrics.json", experiment.GetProperty("challengerProblem").GetString(), StringComparison.Ordinal);
    }

    // v1 current, v2 the same models published again; the experiment set up before the service starts.
    private static Task<ApiHost> StartAsync(Action<ModelRegistry> experiment) =>
        ApiHost.StartAsync(
            withRedis: false,
            publish: registry =>
            {
                TestBundles.Publish(registry, "v1");
                TestBundles.Publish(registry, "v2");
                registry.SwitchCurrent("v1");
                experiment(registry);
            },
            settings: [new("Exposures:FlushInterval", "00:00:00.010")]);

    private static async Task<string> VersionAsync(HttpClient shop, string customer) =>
        (await shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/recommendations?count=3")).GetProperty("modelVersion").GetString()!;
}

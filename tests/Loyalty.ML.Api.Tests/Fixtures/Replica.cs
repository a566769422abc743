using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>One API replica of a <see cref="ReplicaSet"/>: the service in process with its own event store.</summary>
public sealed class Replica(string storePath, LoyaltyApiFactory factory, LogCollector logs) : IAsyncDisposable
{
    /// <summary>This replica's event store.</summary>
    public string StorePath { get; } = storePath;

    /// <summary>What the replica logged.</summary>
    public LogCollector Logs { get; } = logs;

    /// <summary>Service provider of the replica.</summary>
    public IServiceProvider Services => factory.Services;

    /// <summary>A client sending <paramref name="apiKey"/>.</summary>
    public HttpClient Client(string apiKey)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Purchases applied on top of the served model, as <c>GET /v1/models/current</c> reports them.</summary>
    public async Task<long> PurchasesSinceTrainingAsync()
    {
        var status = await Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/models/current");
        return status.GetProperty("eventsSinceTraining").GetProperty("purchases").GetInt64();
    }

    /// <summary>Purchases in the overlay now, read in process (no request).</summary>
    internal long AppliedPurchases() =>
        Services.GetRequiredService<ModelProvider>().Current is { } model ? Services.GetRequiredService<EventIngestor>().OverlayFor(model).Purchases : 0;

    /// <summary>Asks for four recommendations for each of <paramref name="customers"/> in turn: one served list each.</summary>
    public async Task ServeListsAsync(IEnumerable<string> customers)
    {
        foreach (var customer in customers)
        {
            (await Client(TestKeys.Shop).GetAsync($"/v1/customers/{customer}/recommendations?count=4")).EnsureSuccessStatusCode();
        }
    }

    /// <summary>The lists in this replica's exposure log (a list written to the stream twice is there twice).</summary>
    public List<ServedList> ServedLists() => [.. ExposureStore.ReadByCustomer(StorePath, DateTimeOffset.MinValue)];

    /// <summary>Waits until <paramref name="condition"/> holds (asserted within <paramref name="timeout"/>).</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < timeout, $"{what} did not happen within {timeout}.");
            await Task.Delay(10);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

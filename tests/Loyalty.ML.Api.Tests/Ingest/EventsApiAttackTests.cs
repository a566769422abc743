using System.Net;
using System.Net.Http.Headers;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Ingest;

/// <summary>
/// The attack on the built service as a process (Kestrel, workstation GC as deployed): one writer key posts
/// bodies of nine million <c>{}</c> lines (27 MB, under the server's 30 MB limit) eight at once, then four more, while
/// the process's resident memory is sampled. On the code before, one such call cost +1.7 GB and eight at once +14 GB.
/// </summary>
public sealed class EventsApiAttackTests
{
    private const long Bound = 200L * 1024 * 1024;

    [Fact]
    public async Task PostPurchases_EightThenFourBodiesOfNineMillionLines_StayWithin200MbAndAre400()
    {
        var address = ApiProcess.Address(ApiProcess.FreePort());
        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address,
            ["ApiKeys__Keys__till__Key"] = EventLines.TillKey,
            ["ApiKeys__Keys__till__Scopes__0"] = "events:write",
            ["Events__StorePath"] = Path.Combine(Path.GetTempPath(), $"loyalty-attack-{Guid.NewGuid():N}", "events.db"),
        });
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", EventLines.TillKey);
        await WarmAsync(client);
        var baseline = api.ResidentBytes();
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, api.ResidentBytes());
                await Task.Delay(20);
            }
        });

        var statuses = new List<HttpStatusCode>();
        foreach (var calls in new[] { 8, 4 })
        {
            statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => AttackAsync(client))));
        }

        await sampling.CancelAsync();
        await sampler;
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.True(peak - baseline < Bound, $"resident memory rose {(peak - baseline) / 1048576} MB over {baseline / 1048576} MB");
    }

    private static async Task WarmAsync(HttpClient client)
    {
        for (var call = 0; call < 10; call++)
        {
            using var warm = new StringContent($$"""{"purchases":[{"eventId":"warm-{{call}}","customerId":"c","itemId":"i","quantity":1,"unitPrice":2,"timestamp":"{{DateTimeOffset.UtcNow.AddMinutes(-1):O}}"}]}""");
            warm.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            (await client.PostAsync("/v1/events/purchases", warm)).EnsureSuccessStatusCode();
        }
    }

    private static async Task<HttpStatusCode> AttackAsync(HttpClient client)
    {
        using var body = new StreamContent(new GeneratedStream("{\"purchases\":[", "{},", 9_000_000, "{}]}"));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/v1/events/purchases", body);
        return response.StatusCode;
    }
}

using System.Net;
using System.Net.Http.Json;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// Four clients asking for recommendation lists until stopped, the list length varying so most answers are new keys that
/// go to Redis for a miss and a write; with <paramref name="tillKey"/>, a till posting one purchase at a time besides.
/// </summary>
public sealed class RequestLoad(ApiHost host, string? tillKey = null)
{
    private const int Clients = 4;

    private readonly CancellationTokenSource _stop = new();

    /// <summary>Runs until <see cref="Stop"/>; returns how many answers came and the statuses that were not 2xx.</summary>
    public async Task<(int Answers, IReadOnlyList<HttpStatusCode> Failures)> RunAsync()
    {
        var clients = Enumerable.Range(0, Clients).Select(RunClientAsync);
        var results = await Task.WhenAll(tillKey is null ? clients : clients.Append(RunTillAsync(tillKey)));
        return (results.Sum(result => result.Answers), [.. results.SelectMany(result => result.Failures)]);
    }

    /// <summary>Lets the clients finish their current request and stop.</summary>
    public void Stop() => _stop.Cancel();

    private async Task<(int Answers, List<HttpStatusCode> Failures)> RunClientAsync(int client)
    {
        using var http = host.Client(TestKeys.Shop);
        var customers = TestBundles.History.Customers.Ids.ToArray();
        var failures = new List<HttpStatusCode>();
        var answers = 0;
        for (var request = client; !_stop.IsCancellationRequested; request += Clients)
        {
            var count = 1 + (request / customers.Length % 20);
            var response = await http.GetAsync($"/v1/customers/{customers[request % customers.Length]}/recommendations?count={count}");
            answers++;
            if (!response.IsSuccessStatusCode)
            {
                failures.Add(response.StatusCode);
            }
        }

        return (answers, failures);
    }

    private async Task<(int Answers, List<HttpStatusCode> Failures)> RunTillAsync(string key)
    {
        using var till = host.Client(key);
        var failures = new List<HttpStatusCode>();
        var answers = 0;
        for (var line = 0; !_stop.IsCancellationRequested; line++)
        {
            var purchase = EventLines.Purchase($"load-{Guid.NewGuid():N}", $"load-customer-{line % 10}", TestBundles.KnownItem);
            var response = await till.PostAsJsonAsync("/v1/events/purchases", new { purchases = new[] { purchase } });
            answers++;
            if (!response.IsSuccessStatusCode)
            {
                failures.Add(response.StatusCode);
            }
        }

        return (answers, failures);
    }
}

using System.Net;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// Four clients asking for recommendation lists until stopped; the list length varies, so most answers are new keys
/// that go to Redis for a miss and a write.
/// </summary>
public sealed class RequestLoad(ApiHost host)
{
    private const int Clients = 4;

    private readonly CancellationTokenSource _stop = new();

    /// <summary>Runs until <see cref="Stop"/>; returns how many answers came and the statuses that were not 2xx.</summary>
    public async Task<(int Answers, IReadOnlyList<HttpStatusCode> Failures)> RunAsync()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, Clients).Select(RunClientAsync));
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
}

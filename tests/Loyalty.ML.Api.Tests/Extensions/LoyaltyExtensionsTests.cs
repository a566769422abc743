using System.Net;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Extensions;

/// <summary>Where the service listens, started as a real process with the configuration an operator gives it.</summary>
public sealed class LoyaltyExtensionsTests
{
    [Fact]
    public async Task Start_WithAspNetCoreUrls_ListensThere()
    {
        var address = ApiProcess.Address(ApiProcess.FreePort());
        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address });

        await AssertListens(api, address);
    }

    [Fact]
    public async Task Start_WithUrlsArgument_ListensThere()
    {
        var address = ApiProcess.Address(ApiProcess.FreePort());
        await using var api = await ApiProcess.StartAsync(null, "--urls", address);

        await AssertListens(api, address);
    }

    [Fact]
    public async Task Start_WithNothingSet_ListensOnLocalhostPort5080()
    {
        await using var api = await ApiProcess.StartAsync();

        // Another service on this machine may hold 5080; the failure to bind then names the address just the same.
        Assert.Contains(LoyaltyApiDefaults.Urls, api.Output, StringComparison.Ordinal);
    }

    private static async Task AssertListens(ApiProcess api, string address)
    {
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
        var live = await client.GetAsync("/health/live");

        Assert.True(HttpStatusCode.OK == live.StatusCode, api.Output);
        Assert.Contains($"Now listening on: {address}", api.Output, StringComparison.Ordinal);
    }

    private static class LoyaltyApiDefaults
    {
        public const string Urls = "http://127.0.0.1:5080";
    }
}

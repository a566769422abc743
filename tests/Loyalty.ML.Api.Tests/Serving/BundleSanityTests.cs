using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Serving;

public sealed class BundleSanityTests
{
    private static readonly string Customer = TestBundles.KnownCustomer;

    [Fact]
    public async Task Publish_OfBundleWithNaNChurnScore_IsRejectedAndTheOldKeepsServing()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"));
        var client = host.Client(TestKeys.Crm);

        HostileBundles.PublishNaNChurnScore(host.Registry, "v2", Customer);
        var ready = await HealthWait.Until(host, body => body.Contains("v2", StringComparison.Ordinal));
        var one = await client.GetAsync($"/v1/customers/{Customer}/churn");
        var batch = await client.PostAsJsonAsync("/v1/churn/scores", new { customerIds = new[] { Customer, TestBundles.History.Customers[1] } });

        Assert.Contains("not a finite number", ready);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("v1", (await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("modelVersion").GetString());
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal(2, (await batch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scores").GetArrayLength());
    }

    [Theory]
    [InlineData("probability", "7", "churn probability 7 outside [0, 1]")]
    [InlineData("probability", "-0.25", "churn probability -0.25 outside [0, 1]")]
    [InlineData("p_alive", "1.5", "P(alive) 1.5 outside [0, 1]")]
    [InlineData("expected_purchases", "-2", "expected purchases -2 below 0")]
    [InlineData("clv", "-100", "CLV -100 below 0")]
    public async Task Publish_OfBundleWithAChurnFigureOutOfRange_IsRejectedNamingCustomerAndValue(string column, string value, string reason)
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"));

        HostileBundles.PublishChurnFigure(host.Registry, "v2", Customer, column, value);
        var ready = await HealthWait.Until(host, body => body.Contains("v2", StringComparison.Ordinal));
        var one = await host.Client(TestKeys.Crm).GetFromJsonAsync<JsonElement>($"/v1/customers/{Customer}/churn");

        Assert.Contains("\"status\":\"Degraded\"", ready);
        Assert.Contains($"customer {Customer} has {reason}", ready);
        Assert.Equal("v1", one.GetProperty("modelVersion").GetString());
        Assert.InRange(one.GetProperty("probability").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task Publish_OfBundleWithInfiniteKpi_IsRejectedAndTheOldKeepsServing()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"));

        HostileBundles.PublishInfiniteRevenue(host.Registry, "v2");
        var ready = await HealthWait.Until(host, body => body.Contains("v2", StringComparison.Ordinal));
        var kpis = await host.Client(TestKeys.Crm).GetStringAsync("/v1/kpis");

        Assert.Contains("kpis.revenue", ready);
        Assert.Contains("\"modelVersion\":\"v1\"", kpis);
        Assert.DoesNotContain("Infinity", kpis);
    }

    [Fact]
    public async Task Start_WithOnlyAnInsaneBundle_IsNotReadyAndSaysWhy()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => HostileBundles.PublishInfiniteRevenue(registry, "v1"));

        var ready = await host.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("kpis.revenue", await ready.Content.ReadAsStringAsync());
    }
}

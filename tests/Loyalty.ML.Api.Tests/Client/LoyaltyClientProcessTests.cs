using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Client;
using Loyalty.ML.Client.Generated;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Client;

/// <summary>The generated client against the service started with <c>dotnet run</c>, through its resilience pipeline.</summary>
public sealed class LoyaltyClientProcessTests
{
    [Fact]
    public async Task Recommendations_ServiceWithoutAModelYet_AreRetriedUntilOneIsPublished()
    {
        var address = ApiProcess.Address(ApiProcess.FreePort());
        await using var api = await ApiProcess.RunAsync(
            new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address, ["Models__PollInterval"] = "00:00:00.500" },
            publish: false);
        Assert.Contains("Application started", api.Output, StringComparison.Ordinal);
        var services = new ServiceCollection();
        services.AddLoyaltyClient(options => (options.BaseAddress, options.ApiKey) = (new Uri(address), TestKeys.Shop));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LoyaltyApiClient>();

        var call = client.V1.Customers[TestBundles.KnownCustomer].Recommendations.GetAsync(request => request.QueryParameters.Count = 3);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(call.IsCompleted, "the first answers should be 503s the client retries");
        TestBundles.Publish(api.Registry, "v1");
        var list = await call;

        Assert.Equal("v1", list!.ModelVersion);
        Assert.Equal(3, list.Items!.Count);
        Assert.All(list.Items, item => Assert.False(string.IsNullOrEmpty(item.Name)));
    }
}

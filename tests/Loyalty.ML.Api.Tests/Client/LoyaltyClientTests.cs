using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Client;
using Loyalty.ML.Client.Generated;
using Loyalty.ML.Client.Generated.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Client;

/// <summary>The generated client, registered as an application would, against the real API in process.</summary>
[Collection(ApiCollection.Name)]
public sealed class LoyaltyClientTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task Recommendations_KnownCustomer_AreTypedTilesWithNamesAndPrices()
    {
        using var services = Services(TestKeys.Shop);

        var list = await Client(services).V1.Customers[TestBundles.KnownCustomer].Recommendations.GetAsync(request => request.QueryParameters.Count = 5);

        Assert.Equal("v1", list!.ModelVersion);
        Assert.InRange(list.Items!.Count, 1, 5);
        Assert.All(list.Items, item =>
        {
            Assert.True(TestBundles.History.Items.TryGetIndex(item.ItemId!, out var index));
            Assert.Equal(TestBundles.History.Catalog.Names[index], item.Name);
            Assert.Equal(TestBundles.History.Catalog.Price[index], item.Price!.Value, 0.01);
        });
        Assert.Equal(Enumerable.Range(1, list.Items.Count), list.Items.Select(item => item.Rank!.Value));
    }

    [Fact]
    public async Task Churn_UnknownCustomer_ThrowsTheProblemDetailsTyped()
    {
        using var services = Services(TestKeys.Crm);

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => Client(services).V1.Customers["nobody-at-all"].Churn.GetAsync());

        Assert.Equal(404, problem.Status);
        Assert.Contains("nobody-at-all", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommendations_BadArgument_ThrowsTheValidationProblemNamingIt()
    {
        using var services = Services(TestKeys.Shop);

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() =>
            Client(services).V1.Customers[TestBundles.KnownCustomer].Recommendations.GetAsync(request => request.QueryParameters.Count = 1000));

        Assert.Equal(400, problem.Status);
        Assert.True(problem.Errors!.AdditionalData.ContainsKey("count"));
    }

    [Fact]
    public async Task AnyCall_WrongKey_Throws401()
    {
        using var services = Services("not-a-key-0123456789");

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => Client(services).V1.Kpis.GetAsync());

        Assert.Equal(401, problem.Status);
    }

    [Fact]
    public async Task ExportChurn_StreamsEveryCustomerWithTheWatermark()
    {
        using var services = Services(TestKeys.Crm);

        var export = await Client(services).ExportChurnAsync();
        var rows = await export.Rows.ToListAsync();

        var churn = fixture.Host.Services.GetRequiredService<ModelProvider>().Current!.Bundle.Churn!;
        Assert.Equal(churn.ByRisk.Count, rows.Count);
        Assert.Equal("v1", export.ModelVersion);
        Assert.NotEmpty(export.Watermark);
        Assert.All(rows, row => Assert.InRange(row.Probability!.Value, 0, 1));
    }

    private ServiceProvider Services(string key)
    {
        var services = new ServiceCollection();
        services.AddLoyaltyClient(options => (options.BaseAddress, options.ApiKey) = (new Uri("http://localhost"), key))
            .ConfigurePrimaryHttpMessageHandler(() => fixture.Host.Factory.Server.CreateHandler());
        return services.BuildServiceProvider();
    }

    private static LoyaltyApiClient Client(ServiceProvider services) => services.GetRequiredService<LoyaltyApiClient>();
}

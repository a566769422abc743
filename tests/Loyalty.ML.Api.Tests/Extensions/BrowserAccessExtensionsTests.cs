using System.Net;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Extensions;

/// <summary>CORS for configured origins and the public key kind, in process; the page-in-a-browser test is <c>PublicKeyPageTests</c>.</summary>
public sealed class BrowserAccessExtensionsTests : IAsyncLifetime
{
    public const string PublicKey = "pk-shop-web-0123456789abcdef";
    public const string ShopOrigin = "https://shop.example";
    private const string ClientHeader = "X-Test-Client-Address";
    private ApiHost? _host;

    private ApiHost Host => _host!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(
        withRedis: false,
        publish: registry => TestBundles.Publish(registry, "v1"),
        settings:
        [
            new("ApiKeys:Keys:web:Key", PublicKey),
            new("ApiKeys:Keys:web:Kind", "Public"),
            new("ApiKeys:Keys:web:Scopes:0", "recommendations:read"),
            new("ApiKeys:Keys:web:Origins:0", ShopOrigin),
            new("ApiKeys:Keys:web:PermitLimit", "3"),
            new("ApiKeys:Keys:web:RateLimitWindow", "00:01:00"),
        ],
        services: services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task Preflight_FromAPublicKeysOrigin_IsAnsweredWithoutAKey()
    {
        var response = await Host.Client().SendAsync(Preflight(ShopOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ShopOrigin, Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("x-api-key", Single(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_IsRefused()
    {
        var response = await Host.Client().SendAsync(Preflight("https://evil.example"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains("evil.example", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Get_PublicKeyFromItsOrigin_ReturnsTheListWithCorsHeaders()
    {
        var response = await Host.Client(PublicKey).SendAsync(Get($"/v1/customers/{TestBundles.KnownCustomer}/recommendations", ShopOrigin, "10.0.0.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ShopOrigin, Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Single(response, "Access-Control-Expose-Headers"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example", "'https://evil.example'")]
    [InlineData(null, "names no Origin")]
    public async Task Get_PublicKeyFromElsewhere_Returns403SayingWhy(string? origin, string expected)
    {
        var response = await Host.Client(PublicKey).SendAsync(Get($"/v1/items/{TestBundles.KnownItem}/also-bought", origin, "10.0.0.2"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/customers/{customer}/churn")]
    [InlineData("/v1/customers/{customer}/offers")]
    [InlineData("/v1/models")]
    public async Task Get_PublicKeyOutsideRecommendations_Returns403(string path)
    {
        var response = await Host.Client(PublicKey).SendAsync(Get(path.Replace("{customer}", TestBundles.KnownCustomer), ShopOrigin, "10.0.0.3"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_PublicKey_IsLimitedPerClientAddress()
    {
        var client = Host.Client(PublicKey);
        var path = $"/v1/items/{TestBundles.KnownItem}/also-bought";

        var first = new List<HttpStatusCode>();
        for (var request = 0; request < 4; request++)
        {
            first.Add((await client.SendAsync(Get(path, ShopOrigin, "10.0.0.4"))).StatusCode);
        }

        var other = await client.SendAsync(Get(path, ShopOrigin, "10.0.0.5"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, $"/v1/customers/{TestBundles.KnownCustomer}/recommendations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        return request;
    }

    private static HttpRequestMessage Get(string path, string? origin, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        request.Headers.Add(ClientHeader, address);
        return request;
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(",", values) : "";

    /// <summary>The in-process server has no remote address: the tests name one per request.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return then(context);
            });
            next(app);
        };
    }
}

using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Experiments;

/// <summary>
/// The API on Kestrel at a free local port (a browser opens its dashboard), serving <paramref name="registry"/> on the
/// simulated month's <paramref name="clock"/>, with a shop, a till and a dashboard key.
/// </summary>
public sealed class KnownTruthHost(string registry, TimeProvider clock) : WebApplicationFactory<Program>
{
    public const string ShopKey = TestKeys.Shop;
    public const string TillKey = "till-key-0123456789abcdef";
    public const string ViewerKey = "viewer-key-0123456789abcdef";

    /// <summary>Starts the server; returns its address.</summary>
    public Uri Start()
    {
        UseKestrel();
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A client of the started server sending <paramref name="key"/>.</summary>
    public static HttpClient Client(Uri address, string key)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in new Dictionary<string, string>
        {
            [WebHostDefaults.ServerUrlsKey] = "http://127.0.0.1:0",
            ["Models:RegistryPath"] = registry,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Exposures:FlushInterval"] = "00:00:00.020",
            ["Exposures:Retention"] = "120.00:00:00",
            ["OnlineEvaluation:Refresh"] = "00:10:00",
            ["ApiKeys:Keys:shop:Key"] = ShopKey,
            ["ApiKeys:Keys:shop:Scopes:0"] = "recommendations:read",
            ["ApiKeys:Keys:till:Key"] = TillKey,
            ["ApiKeys:Keys:till:Scopes:0"] = "events:write",
            ["ApiKeys:Keys:viewer:Key"] = ViewerKey,
            ["ApiKeys:Keys:viewer:Scopes:0"] = "reports:read",
        })
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}

using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// One running service: a temporary registry, a real redis-server (unless none is wanted) and the API in
/// process. Each fixture owns one, so tests that kill Redis or swap models do not disturb the others.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private ApiHost(string root, RedisServer? redis, LoyaltyApiFactory factory)
    {
        Root = root;
        Redis = redis;
        Factory = factory;
        Registry = new ModelRegistry(Path.Combine(root, "models"));
    }

    private Uri? _address;

    /// <summary>Temporary folder of this host.</summary>
    public string Root { get; }

    /// <summary>The registry the service watches.</summary>
    public ModelRegistry Registry { get; }

    /// <summary>The Redis server, when the host has one.</summary>
    public RedisServer? Redis { get; }

    /// <summary>The service.</summary>
    public LoyaltyApiFactory Factory { get; }

    /// <summary>Service provider of the running service.</summary>
    public IServiceProvider Services => Factory.Services;

    /// <summary>
    /// Starts a host; <paramref name="publish"/> runs against the registry before the service starts, and
    /// <paramref name="services"/> replaces service registrations.
    /// </summary>
    /// <remarks>
    /// With <paramref name="kestrel"/> the service listens on a free loopback port and clients talk HTTP to it: the
    /// in-memory test server reads a request body whole before the service sees it, Kestrel streams it.
    /// </remarks>
    public static async Task<ApiHost> StartAsync(
        bool withRedis = true,
        Action<ModelRegistry>? publish = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null,
        bool kestrel = false)
    {
        var root = Path.Combine(Path.GetTempPath(), $"loyalty-api-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var registry = new ModelRegistry(Path.Combine(root, "models"));
        publish?.Invoke(registry);
        var redis = withRedis ? await RedisServer.StartAsync() : null;
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Models:RegistryPath"] = registry.Root,
            ["Models:PollInterval"] = "00:00:00.500",
            ["Redis:ConnectionString"] = redis?.ConnectionString ?? "",
            ["Redis:BreakDuration"] = "00:00:00.500",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestKeys.Settings().Concat(settings ?? []))
        {
            all[key] = value;
        }

        if (kestrel)
        {
            all[Microsoft.AspNetCore.Hosting.WebHostDefaults.ServerUrlsKey] = "http://127.0.0.1:0";
        }

        var host = new ApiHost(root, redis, new LoyaltyApiFactory(all, services));
        if (kestrel)
        {
            host.Factory.UseKestrel();
            host.Factory.StartServer();
            host._address = new Uri(host.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());
        }
        else
        {
            _ = host.Factory.Server;
        }

        return host;
    }

    /// <summary>A client sending <paramref name="apiKey"/> (none when null).</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = _address is null ? Factory.CreateClient() : new HttpClient { BaseAddress = _address };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
    }
}

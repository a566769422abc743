namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>The service in process with the event tests' keys and the trained sample as v1, without Redis, on Kestrel (request bodies stream), shared by a class.</summary>
public sealed class EventHostFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-event-host-{Guid.NewGuid():N}");
    private ApiHost? _host;

    /// <summary>The running host.</summary>
    public ApiHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var rules = Path.Combine(_folder, "rules.json");
        await File.WriteAllTextAsync(rules, "{}");
        _host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"), settings: EventLines.Settings(rules), kestrel: true);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>The service with a trained bundle and a real Redis, shared by the read-only tests.</summary>
public sealed class LoyaltyApiFixture : IAsyncLifetime
{
    /// <summary>Version of the bundle the fixture serves.</summary>
    public const string Version = "v1";

    private ApiHost? _host;

    /// <summary>The running host.</summary>
    public ApiHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(publish: registry => TestBundles.Publish(registry, Version));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>One <see cref="ApiProcess"/> on a free port, shared by the tests of a class.</summary>
public sealed class ApiProcessFixture : IAsyncLifetime
{
    private ApiProcess? _process;

    /// <summary>Base address of the service.</summary>
    public string Address { get; } = ApiProcess.Address(ApiProcess.FreePort());

    /// <summary>The running service.</summary>
    public ApiProcess Process => _process ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        _process = await ApiProcess.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = Address });

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}

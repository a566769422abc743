using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// Holds the one bundle being served and swaps it atomically for the registry's current version. A bundle
/// that fails to load, fails its sanity checks or does not load within <see cref="ModelOptions.LoadTimeout"/> is
/// rejected and remembered, so the previous one keeps serving and nobody retries it in a loop until it changes
/// or a reload is forced.
/// </summary>
internal sealed class ModelProvider(IOptions<ModelOptions> options, TimeProvider time, ILogger<ModelProvider> logger)
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly TimeSpan _loadTimeout = options.Value.LoadTimeout;
    private volatile LoadedModel? _current;
    private volatile ModelRejection? _rejection;
    private volatile string? _registryVersion;
    private volatile AbandonedLoad? _abandoned;

    /// <summary>The registry read.</summary>
    public ModelRegistry Registry { get; } = new(
        RegistryLocation.Find(options.Value.RegistryPath, Directory.GetCurrentDirectory(), AppContext.BaseDirectory) ?? options.Value.RegistryPath);

    /// <summary>The bundle being served, or null before the first successful load.</summary>
    public LoadedModel? Current => _current;

    /// <summary>The last rejected bundle, cleared when a bundle loads; kept as history when the registry points back at the one served.</summary>
    public ModelRejection? LastRejection => _rejection;

    /// <summary>
    /// <see cref="LastRejection"/> while the registry (as of the last check) still points at the rejected version; null once
    /// <c>current</c> is switched back to a version being served, since nothing is then left undone.
    /// </summary>
    public ModelRejection? OutstandingRejection => _rejection is { } rejection && rejection.Version == _registryVersion ? rejection : null;

    /// <summary>Loads the registry's current bundle when it differs from the one served (or always, when <paramref name="force"/>).</summary>
    public async Task<ReloadResult> ReloadAsync(bool force = false)
    {
        await _reloading.WaitAsync();
        try
        {
            var version = Registry.CurrentVersion;
            _registryVersion = version;
            if (version is null)
            {
                ServingLog.NoBundle(logger, Registry.Root);
                return new ReloadResult(ReloadStatus.NoBundle, null);
            }

            if (!force && (version == _current?.Version || version == _rejection?.Version))
            {
                return new ReloadResult(ReloadStatus.Unchanged, version);
            }

            // A load abandoned earlier may still hold a thread on a file that never ends: never start a second one.
            if (_abandoned is { Task.IsCompleted: false } stuck && stuck.Version == version)
            {
                return Reject(version, $"an earlier load of it, abandoned after {_loadTimeout}, has still not finished.");
            }

            return await LoadAsync(version);
        }
        finally
        {
            _reloading.Release();
        }
    }

    private async Task<ReloadResult> LoadAsync(string version)
    {
        var directory = Registry.PathOf(version);
        var loading = Task.Run(() => Prepare(directory));
        try
        {
            _current = await loading.WaitAsync(_loadTimeout, time);
            _rejection = null;
            ServingLog.ModelLoaded(logger, version, directory);
            return new ReloadResult(ReloadStatus.Loaded, version);
        }
        catch (TimeoutException) when (!loading.IsCompleted)
        {
            _abandoned = new AbandonedLoad(version, loading);
            _ = loading.ContinueWith(static abandoned => abandoned.Exception, TaskScheduler.Default);
            return Reject(version, $"it did not load within {_loadTimeout}; the load was abandoned (is a file in it a device or a pipe?).");
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException
            or System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return Reject(version, exception.Message);
        }
    }

    private LoadedModel Prepare(string directory)
    {
        var bundle = ModelBundle.Load(directory);
        BundleSanity.Check(bundle);
        return new LoadedModel(bundle, time.GetUtcNow());
    }

    private ReloadResult Reject(string version, string reason)
    {
        _rejection = new ModelRejection(version, reason, time.GetUtcNow());
        ServingLog.ModelRejected(logger, version, reason, _current?.Version ?? "nothing");
        return new ReloadResult(ReloadStatus.Rejected, version, reason);
    }

    private sealed record AbandonedLoad(string Version, Task Task);
}

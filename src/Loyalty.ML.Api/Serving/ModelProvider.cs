using Loyalty.ML.Api.Options;
using Loyalty.ML.Bundles;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// Holds the one bundle being served and swaps it atomically for the registry's current version. A bundle
/// that fails to load is rejected and remembered, so the previous one keeps serving and nobody retries it
/// in a loop until it changes or a reload is forced.
/// </summary>
internal sealed class ModelProvider(IOptions<ModelOptions> options, TimeProvider time, ILogger<ModelProvider> logger)
{
    private readonly Lock _reloadLock = new();
    private volatile LoadedModel? _current;
    private volatile ModelRejection? _rejection;

    /// <summary>The registry read.</summary>
    public ModelRegistry Registry { get; } = new(options.Value.RegistryPath);

    /// <summary>The bundle being served, or null before the first successful load.</summary>
    public LoadedModel? Current => _current;

    /// <summary>The last rejected bundle, cleared when a bundle loads.</summary>
    public ModelRejection? LastRejection => _rejection;

    /// <summary>Loads the registry's current bundle when it differs from the one served (or always, when <paramref name="force"/>).</summary>
    public ReloadResult Reload(bool force = false)
    {
        lock (_reloadLock)
        {
            var version = Registry.CurrentVersion;
            if (version is null)
            {
                ServingLog.NoBundle(logger, Registry.Root);
                return new ReloadResult(ReloadStatus.NoBundle, null);
            }

            if (!force && (version == _current?.Version || version == _rejection?.Version))
            {
                return new ReloadResult(ReloadStatus.Unchanged, version);
            }

            return Load(version);
        }
    }

    private ReloadResult Load(string version)
    {
        var directory = Registry.PathOf(version);
        try
        {
            var bundle = ModelBundle.Load(directory);
            _current = new LoadedModel(bundle, time.GetUtcNow());
            _rejection = null;
            ServingLog.ModelLoaded(logger, version, directory);
            return new ReloadResult(ReloadStatus.Loaded, version);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException
            or System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            _rejection = new ModelRejection(version, exception.Message, time.GetUtcNow());
            ServingLog.ModelRejected(logger, version, exception.Message, _current?.Version ?? "nothing");
            return new ReloadResult(ReloadStatus.Rejected, version, exception.Message);
        }
    }
}

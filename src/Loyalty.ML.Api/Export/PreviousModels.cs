using Loyalty.ML.Api.Serving;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Export;

/// <summary>
/// Loads an earlier version from the registry for <c>changedSince</c> across a model swap, keeping the last one loaded
/// (CRMs ask about the same previous version until they catch up).
/// </summary>
internal sealed class PreviousModels(ModelProvider provider, TimeProvider time)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private LoadedModel? _last;

    /// <summary>The verified bundle of <paramref name="version"/>, or null when the registry no longer holds it.</summary>
    public async Task<LoadedModel?> LoadAsync(string version)
    {
        if (Volatile.Read(ref _last) is { } last && last.Version == version)
        {
            return last;
        }

        await _loading.WaitAsync();
        try
        {
            if (_last is { } loaded && loaded.Version == version)
            {
                return loaded;
            }

            if (!provider.Registry.Exists(version))
            {
                return null;
            }

            var model = await Task.Run(() => new LoadedModel(ModelBundle.Load(provider.Registry.PathOf(version)), time.GetUtcNow()));
            Volatile.Write(ref _last, model);
            return model;
        }
        finally
        {
            _loading.Release();
        }
    }
}

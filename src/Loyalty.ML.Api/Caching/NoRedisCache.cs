namespace Loyalty.ML.Api.Caching;

/// <summary>The embedded default: no shared cache, the in-process layer alone.</summary>
internal sealed class NoRedisCache : IRedisCache
{
    /// <inheritdoc />
    public bool IsConfigured => false;

    /// <inheritdoc />
    public ValueTask<byte[]?> TryGetAsync(string key) => ValueTask.FromResult<byte[]?>(null);

    /// <inheritdoc />
    public void Set(string key, byte[] value, TimeSpan ttl)
    {
    }

    /// <inheritdoc />
    public Task<string?> CheckAsync() => Task.FromResult<string?>(null);
}

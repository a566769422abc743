using Loyalty.ML.Api.Caching;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// A cache that breaks its never-throw contract, as a bug in any dependency would: every read throws an exception
/// whose message holds <see cref="Secret"/>, which must never reach a caller.
/// </summary>
internal sealed class ThrowingRedisCache : IRedisCache
{
    /// <summary>Text in the exception message that would leak internals if it reached the response.</summary>
    public const string Secret = "redis-password=hunter2 at 10.0.0.7";

    /// <inheritdoc />
    public bool IsConfigured => true;

    /// <inheritdoc />
    public ValueTask<byte[]?> TryGetAsync(string key) => throw new InvalidOperationException($"Cache read of {key} failed: {Secret}");

    /// <inheritdoc />
    public void Set(string key, byte[] value, TimeSpan ttl)
    {
    }

    /// <inheritdoc />
    public Task<string?> CheckAsync() => Task.FromResult<string?>(null);
}

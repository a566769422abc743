using System.Text.Json.Serialization.Metadata;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// The answer cache the endpoints use: memory first, then Redis when configured, then <c>create</c>. Never throws for
/// a failed or slow Redis; the answer is computed instead. Implemented by the hand-written <see cref="ResponseCache"/>
/// and by <see cref="FusionAnswerCache"/>, chosen with <c>Cache:Layer</c>.
/// </summary>
internal interface IAnswerCache
{
    /// <summary>The cached answer under <paramref name="key"/>, or the one <paramref name="create"/> computes (then cached).</summary>
    ValueTask<T> GetOrCreateAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T> create)
        where T : class;

    /// <summary>Estimated bytes the in-process layer holds now.</summary>
    long MemoryBytes { get; }
}

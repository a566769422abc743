using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Caching;

/// <summary><see cref="RedisCacheTests"/> with the FusionCache layer.</summary>
[Collection(ProcessMetricsCollection.Name)]
public sealed class FusionCacheRedisCacheTests() : RedisCacheTests(CacheLayer.FusionCache);

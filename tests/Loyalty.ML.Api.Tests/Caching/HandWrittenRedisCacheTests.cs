using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Caching;

/// <summary><see cref="RedisCacheTests"/> with the hand-written layer.</summary>
[Collection(ProcessMetricsCollection.Name)]
public sealed class HandWrittenRedisCacheTests() : RedisCacheTests(CacheLayer.HandWritten);

using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Recommendations;
using ZiggyCreatures.Caching.Fusion.Internals.Distributed;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// Source-generated JSON for what FusionCache writes to Redis: its envelope around each cached answer type, with the
/// same settings as <see cref="ApiJsonContext"/>. A type missing here fails to serialize (no reflection fallback);
/// FusionCache then serves the answer without storing it in Redis.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(FusionCacheDistributedEntry<RecommendationsResponse>))]
internal sealed partial class FusionCacheJsonContext : JsonSerializerContext;

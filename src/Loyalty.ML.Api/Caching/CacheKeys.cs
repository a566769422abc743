using System.Globalization;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// Cache keys: prefix, model version, endpoint, arguments. The version in every key means a new model
/// never serves an answer cached for the old one. Free-text parts carry their length so no two argument
/// lists can spell the same key.
/// <para>
/// On a Redis Cluster every command the service sends names one key (GET, SET, XADD and XREAD of one stream; the event
/// batch is a pipeline, not a MULTI), and none is KEYS, SCAN or a script, so none can cross slots. Answer keys carry no hash tag on purpose: they spread over every master, where one tag for all
/// would put the whole cache on one of them.
/// </para>
/// </summary>
internal static class CacheKeys
{
    /// <summary>Prefix of every key this service writes to Redis.</summary>
    public const string Prefix = "loyalty:";

    /// <summary>
    /// Key of a customer recommendation list; <paramref name="generation"/> counts the customer's events applied since
    /// training, so an event gives the customer new keys and no answer cached before it is served again, and
    /// <paramref name="fingerprint"/> names which events, so replicas that applied different ones never share an answer.
    /// </summary>
    public static string GetRecommendationsKey(string version, string customerId, RecommendationQuery query, int generation = 0, ulong fingerprint = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{version}:recs:{query.Kind}:{query.Count}:{query.MinPrice:R}:{query.MaxPrice:R}:{Text(query.Category)}:{Text(customerId)}{Generation(generation, fingerprint)}");

    /// <summary>
    /// What a customer's answer of <paramref name="endpoint"/> (churn, segment) depends on besides the arguments: the model
    /// and the customer's events. Used as an HTTP validator; such answers are not cached in the answer cache.
    /// </summary>
    public static string GetCustomerAnswerKey(string version, string endpoint, string customerId, int generation, ulong fingerprint) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{version}:{endpoint}:{Text(customerId)}{Generation(generation, fingerprint)}");

    /// <summary>Key of an item's also-bought list.</summary>
    public static string GetAlsoBoughtKey(string version, string itemId, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{version}:also:{count}:{Text(itemId)}");

    /// <summary>Key of an item's up-sell list.</summary>
    public static string GetUpSellKey(string version, string itemId, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{version}:upsell:{count}:{Text(itemId)}");

    /// <summary>
    /// Key of the event stream. A stream is one key, so on a cluster it lives on one shard and its writes go through
    /// one master, as they did with a single Redis.
    /// </summary>
    public const string EventStreamKey = Prefix + "events";

    /// <summary>
    /// Hash tag of a key that must be used with the stream in one command, transaction or script (a replica's read
    /// position, say). A cluster hashes only the text between the braces, which here is the stream key's whole name, so
    /// a key containing this tag lands in the stream's slot, and the stream keeps the name it had before clusters.
    /// </summary>
    public const string EventStreamHashTag = "{" + EventStreamKey + "}";

    /// <summary>Key of the value the benchmark baseline reads.</summary>
    public static string GetBenchmarkKey() => Prefix + "bench:baseline";

    private static string Generation(int generation, ulong fingerprint) =>
        generation == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $":g{generation}.{fingerprint:x16}");

    private static string Text(string? value) =>
        value is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{value.Length}={value}");
}

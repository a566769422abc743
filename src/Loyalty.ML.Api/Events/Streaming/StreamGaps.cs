using StackExchange.Redis;

namespace Loyalty.ML.Api.Events.Streaming;

/// <summary>
/// Whether the entry a replica applied last is still on the stream and, when it is not, why: the stream is gone or
/// starts over below it (Redis restarted without persistence, or the key was deleted: reset), or it was trimmed past it
/// (<c>Events:Stream:MaxLength</c>). Either way the entries in between, other replicas' events this one had not read,
/// are missing here. Redis 7.0 does not record the last trimmed id, so a replica that applied exactly the last trimmed
/// entry is told too.
/// </summary>
internal static class StreamGaps
{
    /// <summary>The gap after <paramref name="position"/>, or null when the stream still holds it (from the start: when nothing was trimmed).</summary>
    public static async Task<StreamGap?> FindAsync(IDatabase database, string position)
    {
        var fromStart = StreamIds.Compare(position, StreamIds.Start) == 0;
        if (!fromStart && (await database.StreamRangeAsync(RedisEventStream.Key, position, position, count: 1)).Length > 0)
        {
            return null;
        }

        if (!await database.KeyExistsAsync(RedisEventStream.Key))
        {
            return fromStart ? null : new StreamGap(true, position, $"the stream {RedisEventStream.Key} is gone (Redis restarted without persistence, or the key was deleted); this replica had applied up to entry {position}. Events other replicas wrote after it and this one had not read are not in this replica's store.");
        }

        var info = await database.StreamInfoAsync(RedisEventStream.Key);
        var last = info.LastGeneratedId.ToString();
        var first = info.FirstEntry.IsNull ? null : info.FirstEntry.Id.ToString();
        var counts = $"it holds {info.Length} entries of {info.EntriesAdded} ever added";
        if (fromStart)
        {
            return info.EntriesAdded > info.Length
                ? new StreamGap(false, position, $"this replica reads the stream from its start, but {info.EntriesAdded - info.Length} of its {info.EntriesAdded} entries were trimmed (Events:Stream:MaxLength) and it now starts at {first}. Those events are not in this replica's store; train from the store of a replica that has them.")
                : null;
        }

        if (StreamIds.Compare(last, position) < 0)
        {
            return new StreamGap(true, position, $"the stream was reset: its last entry {last} is before entry {position} this replica applied last ({counts}). Events other replicas wrote after {position} and this one had not read are not in its store; it reads the new stream from its start.");
        }

        if (first is not null && StreamIds.Compare(first, position) < 0)
        {
            return null;
        }

        var trimmed = info.EntriesAdded - info.Length;
        return trimmed > 0
            ? new StreamGap(false, position, $"the stream was trimmed past this replica's position: {trimmed} of its {info.EntriesAdded} entries were trimmed (Events:Stream:MaxLength) and it now starts at {first ?? "nothing"}, after entry {position} this replica applied last. Events trimmed in between are not in this replica's store; raise Events:Stream:MaxLength, or train from the store of a replica that has them.")
            : new StreamGap(true, position, $"the stream was recreated: {counts}, from entry {first ?? "none"}, and entry {position} this replica applied last is not in it (Redis lost the old one). Events other replicas wrote before it and this one had not read are not in its store; it reads the new stream from its start.");
    }
}

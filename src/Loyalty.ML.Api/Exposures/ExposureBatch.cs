using Loyalty.ML.Data.Exposures;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Exposures;

/// <summary>One entry of a replica's exposure stream read back: its id and the lists' text, decoded only when asked.</summary>
internal sealed record ExposureBatch(string StreamId, RedisValue Text)
{
    /// <summary>The lists; null when the entry cannot be read.</summary>
    public List<ServedList>? Lists()
    {
        try
        {
            return Text.IsNull ? null : ExposureText.ParseEntry(Text.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

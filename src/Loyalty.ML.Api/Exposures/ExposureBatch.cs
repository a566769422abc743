using Loyalty.ML.Data.Exposures;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Exposures;

/// <summary>One entry of a replica's exposure stream read back: its id and the lists' text, decoded only when asked.</summary>
internal sealed record ExposureBatch(string StreamId, RedisValue Text)
{
    /// <summary>The lists as rows to store, checked but not taken apart; null when the entry cannot be read.</summary>
    public List<ExposureRow>? Rows()
    {
        try
        {
            return Text.IsNull ? null : ExposureText.ParseRows(Text.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

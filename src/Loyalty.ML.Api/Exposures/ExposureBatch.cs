using System.Text.Json;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Exposures;

/// <summary>One entry of the exposure stream read back: its id, the replica that served the lists, and the lists as JSON (read only when needed).</summary>
internal sealed record ExposureBatch(string StreamId, long Origin, byte[]? Json)
{
    /// <summary>The lists; null when the entry cannot be read.</summary>
    public ServedList[]? Lists()
    {
        try
        {
            return Json is null ? null : JsonSerializer.Deserialize(Json, ExposureJsonContext.Default.ServedListArray);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using Loyalty.ML.Api.Items;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Exposures;

/// <summary>A served list waiting in the queue (served at <c>ServedMs</c>, Unix milliseconds): the answer's items as served, numbered and written as text off the request path.</summary>
internal readonly record struct PendingExposure(
    string CustomerId, string Kind, string ModelVersion, IReadOnlyList<RecommendedItemView> Items, long ServedMs, string? Surface, string? Experiment)
{
    /// <summary>Writes the list under <paramref name="id"/> as a line of <paramref name="lines"/>; false, and nothing written, when an id holds a control character.</summary>
    public bool TryWrite(ExposureLines lines, ExposureId id) =>
        lines.TryAdd(id, CustomerId, ServedMs, Kind, ModelVersion, Surface, Experiment, Items, static item => item.ItemId);
}

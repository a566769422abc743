using Loyalty.ML.Api.Items;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Exposures;

/// <summary>A served list waiting in the queue: the answer's items as served, turned into a <see cref="ServedList"/> off the request path.</summary>
internal readonly record struct PendingExposure(
    ExposureId Id, string CustomerId, string Kind, string ModelVersion, IReadOnlyList<RecommendedItemView> Items, DateTimeOffset ServedAt, string? Surface, string? Experiment)
{
    /// <summary>The list as the store keeps it.</summary>
    public ServedList ToServedList()
    {
        var items = new string[Items.Count];
        for (var index = 0; index < items.Length; index++)
        {
            items[index] = Items[index].ItemId;
        }

        return new ServedList(Id, CustomerId, Kind, ModelVersion, items, ServedAt, Surface, Experiment);
    }
}

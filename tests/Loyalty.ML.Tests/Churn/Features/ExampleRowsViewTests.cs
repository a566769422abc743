using Loyalty.ML.Churn.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Loyalty.ML.Tests.Churn.Features;

public sealed class ExampleRowsViewTests
{
    [Fact]
    public void Columns_ThreeRows_ReadBackInPlaceAndInOrder()
    {
        var count = ChurnSnapshot.FeatureCount;
        var features = Enumerable.Range(0, 3 * count).Select(value => (float)value).ToArray();
        IDataView view = new ExampleRowsView(features, [true, false, true]);

        var labels = view.GetColumn<bool>(view.Schema[nameof(ChurnExample.Label)]).ToArray();
        var rows = view.GetColumn<float[]>(view.Schema[nameof(ChurnExample.Features)]).ToArray();

        Assert.Equal(3, view.GetRowCount());
        Assert.Equal([true, false, true], labels);
        Assert.Equal(3, rows.Length);
        Assert.Equal(features.AsSpan(count, count).ToArray(), rows[1]);
    }

    [Fact]
    public void Create_FeaturesNotAWholeNumberOfRows_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExampleRowsView(new float[ChurnSnapshot.FeatureCount + 1], [true]));
    }

    [Fact]
    public void GetGetter_WrongType_Throws()
    {
        var view = new ExampleRowsView(new float[ChurnSnapshot.FeatureCount], [true]);
        using var cursor = view.GetRowCursor(view.Schema);

        Assert.Throws<InvalidOperationException>(() => cursor.GetGetter<float>(view.Schema[nameof(ChurnExample.Label)]));
    }
}

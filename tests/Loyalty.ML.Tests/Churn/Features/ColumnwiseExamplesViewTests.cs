using System.Collections.Concurrent;
using System.IO.Compression;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Loyalty.ML.Tests.Churn.Features;

public sealed class ColumnwiseExamplesViewTests
{
    private const int Rows = 3_000;

    [Fact]
    public void Fit_ColumnwiseView_FastTreeConvertsByColumnNotThroughItsListsPerFeature()
    {
        var (features, labels) = Examples();
        var ml = new MLContext(seed: 1);
        var channels = new ConcurrentBag<string>();
        ml.Log += (_, message) => channels.Add(message.Source);

        ChurnModel.BuildPipeline(ml, Options, Rows).Fit(ColumnwiseExamplesView.Create(ml, features, labels, MinimumPerLeaf, out _));

        Assert.Contains(channels, source => source.EndsWith("Conversion", StringComparison.Ordinal));
        Assert.DoesNotContain(channels, source => source.EndsWith("BinFeatures", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_ColumnwiseAndRowViews_SameSavedModelAndPredictions()
    {
        var (features, labels) = Examples();

        var (rowBytes, rowScores) = FitAndSave(ml => new ExampleRowsView(features, labels), features);
        var (columnBytes, columnScores) = FitAndSave(ml => ColumnwiseExamplesView.Create(ml, features, labels, MinimumPerLeaf, out _), features);

        Assert.Equal(rowScores, columnScores);
        Assert.Equal(Entries(rowBytes), Entries(columnBytes));
    }

    [Fact]
    public void OpenCursor_EachFeature_ItsColumnStoredAsFastTreesListWouldStoreIt()
    {
        var (features, labels) = Examples();
        var cursor = new ExampleColumns(new MLContext(seed: 1), features, labels.Length, MinimumPerLeaf).OpenCursor(0);
        var getter = (ValueGetter<VBuffer<float>>)cursor.Getter();
        var columns = new List<VBuffer<float>>();
        while (cursor.MoveNext())
        {
            var column = default(VBuffer<float>);
            getter(ref column);
            columns.Add(column);
        }

        Assert.Equal(ChurnSnapshot.FeatureCount, columns.Count);
        Assert.All(columns, column => Assert.Equal(Rows, column.Length));
        Assert.True(columns[0].IsDense);
        Assert.Equal(Enumerable.Range(0, Rows).Select(row => features[row * ChurnSnapshot.FeatureCount]), columns[0].DenseValues());
        Assert.False(columns[1].IsDense);
        Assert.Equal(Enumerable.Range(0, Rows).Select(row => features[(row * ChurnSnapshot.FeatureCount) + 1]), columns[1].DenseValues());
        Assert.False(columns[2].IsDense); // zero over its first rows: the list turned sparse there
        Assert.Equal(Rows - 20, columns[2].GetValues().Length);
        Assert.Equal(0, columns[3].GetValues().Length); // no split leaves MinimumPerLeaf on each side: dropped
        Assert.Equal(0, columns[5].GetValues().Length); // constant
    }

    [Fact]
    public void Create_AFeatureIsNotANumber_FitFailsNamingIt()
    {
        var (features, labels) = Examples();
        features[(7 * ChurnSnapshot.FeatureCount) + 4] = float.NaN;
        var ml = new MLContext(seed: 1);

        var error = Assert.ThrowsAny<Exception>(() => ChurnModel.BuildPipeline(ml, Options, Rows).Fit(ColumnwiseExamplesView.Create(ml, features, labels, MinimumPerLeaf, out _)));

        Assert.Contains("feature 4 of example 7 is not a number", error.ToString());
    }

    private static ChurnOptions Options => new() { NumberOfTrees = 20 };

    private static int MinimumPerLeaf => Math.Clamp(Rows / 50, 1, Options.MinimumExampleCountPerLeaf);

    private static (byte[] Model, float[] Scores) FitAndSave(Func<MLContext, IDataView> view, float[] features)
    {
        var ml = new MLContext(seed: 1);
        var data = view(ml);
        var model = ChurnModel.BuildPipeline(ml, Options, Rows).Fit(data);
        using var saved = new MemoryStream();
        ml.Model.Save(model, data.Schema, saved);
        var scored = model.Transform(new ExampleRowsView(features, new bool[Rows]));
        return (saved.ToArray(), [.. scored.GetColumn<float>(scored.Schema["Probability"])]);
    }

    // The saved zip's entries and their bytes (the zip also records when each was written).
    private static SortedDictionary<string, string> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            entries[entry.FullName] = Convert.ToHexString(content.ToArray());
        }

        return entries;
    }

    // Churn follows features 0 and 1. Feature 1 is mostly zero (FastTree stores it sparse), feature 2 is zero over its
    // first rows only (FastTree's list turns sparse there for good), feature 3 has too few non-zeros for a leaf of
    // MinimumPerLeaf on each side (FastTree drops it, which moves its draws of features), feature 5 is constant.
    private static (float[] Features, bool[] Labels) Examples()
    {
        var count = ChurnSnapshot.FeatureCount;
        var random = new Random(7);
        var features = new float[Rows * count];
        var labels = new bool[Rows];
        for (var row = 0; row < Rows; row++)
        {
            var at = row * count;
            for (var feature = 0; feature < count; feature++)
            {
                features[at + feature] = random.NextSingle();
            }

            features[at + 1] = random.NextDouble() < 0.1 ? 1 + random.NextSingle() : 0;
            features[at + 2] = row < 20 ? 0 : features[at + 2];
            features[at + 3] = row % 100 == 0 ? 1 : 0;
            features[at + 5] = 2;
            labels[row] = features[at] + features[at + 1] + (0.5 * random.NextSingle()) > 1;
        }

        return (features, labels);
    }
}

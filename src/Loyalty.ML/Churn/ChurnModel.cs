using System.Runtime.CompilerServices;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn;

/// <summary>
/// The ML.NET churn classifier: FastTree boosted trees with Platt calibration, with per-row feature contributions.
/// Scoring goes through data views, never prediction engines (which are not thread-safe): each call builds its own view
/// and cursor over the shared fitted transformers, so serving may re-score customers from many requests at once.
/// </summary>
public sealed class ChurnModel
{
    private const string ContributionsColumn = "FeatureContributions";

    // Enough of each sign for any reason count asked of PredictWithContributions.
    private const int ContributionsPerSign = 16;

    private readonly MLContext _ml;
    private readonly BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> _model;
    private readonly DataViewSchema _inputSchema;
    private readonly Lazy<ITransformer> _contributions;

    private ChurnModel(MLContext ml, BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;

        // Fitted once on an empty view: a fitted transformer is safe to share, so one serves every request and chunk.
        _contributions = new Lazy<ITransformer>(() => _ml.Transforms
            .CalculateFeatureContribution(_model, numberOfPositiveContributions: ContributionsPerSign, numberOfNegativeContributions: ContributionsPerSign, normalize: false)
            .Fit(ToDataView([], [])));
    }

    /// <summary>The trainer with its options: the pipeline, before fitting.</summary>
    public static FastTreeBinaryTrainer BuildPipeline(MLContext ml, ChurnOptions options, int examples)
    {
        BoostingThreads.SearchSplitsOnEveryCore();
        return ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(ChurnExample.Label),
            FeatureColumnName = nameof(ChurnExample.Features),
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = MinimumExampleCountPerLeaf(options, examples),
            LearningRate = options.LearningRate,
            FeatureFraction = options.FeatureFraction,
            BaggingSize = options.ExampleFraction < 1 ? 1 : 0,
            BaggingExampleFraction = options.ExampleFraction,
            NumberOfThreads = 1, // what the model file records; the split search runs on the process's count (BoostingThreads)
        });
    }

    // Optimized from the first call, as the fit below: unoptimized code holds its arguments to its end, and the features
    // are let go once converted.
    /// <summary>Trains on the stacked examples (row-major <paramref name="features"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ChurnModel Fit(ChurnOptions options, float[] features, bool[] labels) => Fit(new MLContext(seed: options.Seed), options, features, labels);

    /// <summary>As <see cref="Fit(ChurnOptions, float[], bool[])"/>, in <paramref name="ml"/> (seeded with the options' seed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ChurnModel Fit(MLContext ml, ChurnOptions options, float[] features, bool[] labels)
    {
        if (labels.Length == 0 || labels.All(label => label) || labels.All(label => !label))
        {
            throw new InvalidOperationException($"Churn training needs churned and retained customers; got {labels.Length} examples, {labels.Count(label => label)} churned.");
        }

        // FastTree converts these by feature, not through a list per feature of every value (the run's peak at 2M lines).
        // Once converted they are let go: the other side's stacking and conversion run beside this fit's trees.
        var data = ColumnwiseExamplesView.Create(ml, features, labels, MinimumExampleCountPerLeaf(options, labels.Length), out var letGoOfFeatures);
        var model = BoostingThreads.Fit(() => BoostingConversionGate.Run(ml, () => BuildPipeline(ml, options, labels.Length).Fit(data), letGoOfFeatures));
        return new ChurnModel(ml, model, data.Schema);
    }

    private static int MinimumExampleCountPerLeaf(ChurnOptions options, int examples) => Math.Clamp(examples / 50, 1, options.MinimumExampleCountPerLeaf);

    /// <summary>Calibrated P(churn) per row.</summary>
    public float[] Predict(float[] features)
    {
        var scored = _model.Transform(ToDataView(features, new bool[features.Length / ChurnSnapshot.FeatureCount]));
        return [.. scored.GetColumn<float>(scored.Schema["Probability"])];
    }

    /// <summary>Calibrated P(churn) per row and, per row, the <paramref name="top"/> features with the largest absolute contributions (index, signed contribution).</summary>
    public (float[] Probabilities, (int Feature, float Contribution)[][] Contributions) PredictWithContributions(float[] features, int top) =>
        PredictWithContributions(features, 0, features.Length / ChurnSnapshot.FeatureCount, top);

    /// <summary>As <see cref="PredictWithContributions(float[], int)"/> for the <paramref name="rows"/> rows from <paramref name="firstRow"/> on (index 0 of the answer is <paramref name="firstRow"/>).</summary>
    internal (float[] Probabilities, (int Feature, float Contribution)[][] Contributions) PredictWithContributions(float[] features, int firstRow, int rows, int top)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, ContributionsPerSign);
        var probabilities = new float[rows];
        var reasons = new (int, float)[rows][];
        var contributions = _contributions.Value;

        // Each chunk has its own data view and cursor: fitted transformers are safe to share, cursors are not.
        var chunks = Math.Max(1, Math.Min(Environment.ProcessorCount, rows / 10_000));
        Parallel.For(0, chunks, chunk =>
        {
            var first = (int)((long)rows * chunk / chunks);
            var last = (int)((long)rows * (chunk + 1) / chunks);
            var slice = features.AsSpan((firstRow + first) * ChurnSnapshot.FeatureCount, (last - first) * ChurnSnapshot.FeatureCount).ToArray();
            var scored = contributions.Transform(_model.Transform(ToDataView(slice, new bool[last - first])));
            var probabilityColumn = scored.Schema["Probability"];
            var contributionColumn = scored.Schema[ContributionsColumn];
            using var cursor = scored.GetRowCursor([probabilityColumn, contributionColumn]);
            var probability = cursor.GetGetter<float>(probabilityColumn);
            var contribution = cursor.GetGetter<VBuffer<float>>(contributionColumn);
            var vector = default(VBuffer<float>);
            for (var row = first; cursor.MoveNext(); row++)
            {
                probability(ref probabilities[row]);
                contribution(ref vector);
                reasons[row] = Largest(vector, top);
            }
        });
        return (probabilities, reasons);
    }

    /// <summary>Saves the trained model as an ML.NET zip.</summary>
    public void Save(string path) => _ml.Model.Save(_model, _inputSchema, path);

    /// <summary>Loads a model <see cref="Save"/> wrote; throws <see cref="InvalidDataException"/> when the file holds another kind of model.</summary>
    public static ChurnModel Load(string path, int seed = 0)
    {
        var ml = new MLContext(seed);
        var loaded = ml.Model.Load(path, out var inputSchema);
        return loaded is BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> model
            ? new ChurnModel(ml, model, inputSchema)
            : throw new InvalidDataException($"{path}: not a churn model (holds {loaded.GetType().Name}).");
    }

    private static (int, float)[] Largest(VBuffer<float> vector, int top)
    {
        var pairs = new List<(int Feature, float Contribution)>();
        foreach (var (index, value) in vector.Items())
        {
            if (value != 0)
            {
                pairs.Add((index, value));
            }
        }

        return [.. pairs.OrderByDescending(pair => Math.Abs(pair.Contribution)).Take(top)];
    }

    private static IDataView ToDataView(float[] features, bool[] labels) => new ExampleRowsView(features, labels);
}

using System.CommandLine;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary>
/// The <c>train</c> options that set the recommender: a settings file (<c>--settings</c>), then any single setting on
/// the command line over it; unset ones keep the file's value or the default.
/// </summary>
internal sealed class RecommenderCommandOptions
{
    private static readonly RecommenderOptions Defaults = new();

    private readonly Option<string?> _settings = new("--settings") { HelpName = "FILE", Description = "Recommender settings (JSON, the manifest's parameters.recommender shape); options below override it." };
    private readonly Option<int?> _factors = new("--factors") { Description = $"ALS latent factors (default {Defaults.Als.Factors})." };
    private readonly Option<float?> _regularization = new("--regularization") { Description = $"ALS regularization λ (default {Defaults.Als.Regularization})." };
    private readonly Option<float?> _alpha = new("--alpha") { Description = $"ALS confidence scale α (default {Defaults.Als.Alpha})." };
    private readonly Option<string?> _confidence = new("--confidence") { HelpName = "linear|log", Description = "ALS confidence scaling: linear or log (default linear)." };
    private readonly Option<float?> _epsilon = new("--epsilon") { Description = $"ε of the log confidence (default {Defaults.Als.Epsilon})." };
    private readonly Option<int?> _iterations = new("--iterations") { Description = $"ALS iterations (default {Defaults.Als.Iterations})." };
    private readonly Option<int?> _cgSteps = new("--cg-steps") { Description = $"Conjugate-gradient steps per row and sweep (default {Defaults.Als.CgSteps})." };
    private readonly Option<int?> _seed = new("--seed") { Description = $"Seed of the factors (default {Defaults.Als.Seed})." };
    private readonly Option<int?> _threads = new("--threads") { Description = "Worker threads (default: all cores; results do not depend on it)." };
    private readonly Option<double?> _halfLife = new("--half-life") { Description = $"Recency half-life of a purchase's weight in days, 0 = none (default {Defaults.Als.RecencyHalfLifeDays})." };
    private readonly Option<double?> _popularityHalfLife = new("--popularity-half-life") { Description = $"Half-life of popularity in days (default {Defaults.PopularityHalfLifeDays})." };
    private readonly Option<int?> _testDays = new("--test-days") { Description = $"Days held out for the test split, and the length of the validation window (default {Defaults.TestDays})." };
    private readonly Option<int?> _alsoBoughtNeighbors = new("--also-bought-neighbors") { Description = $"Co-occurrence neighbours kept per item (default {Defaults.AlsoBoughtNeighbors})." };
    private readonly Option<string?> _alsoBoughtMeasure = new("--also-bought-measure") { HelpName = "conditional|jaccard", Description = "Co-occurrence measure: conditional or jaccard (default conditional)." };
    private readonly Option<int?> _minSupport = new("--also-bought-min-support") { Description = $"Orders a pair must share for significant co-occurrence (default {Defaults.AlsoBoughtMinSupport})." };
    private readonly Option<double?> _shrinkage = new("--also-bought-shrinkage") { Description = $"Shrinkage of significant co-occurrence, c(i,j)/(n(i)+shrinkage) (default {Defaults.AlsoBoughtShrinkage})." };
    private readonly Option<int?> _knnNeighbors = new("--item-knn-neighbors") { Description = $"Item-kNN neighbours kept per item (default {Defaults.ItemKnnNeighbors})." };
    private readonly Option<float?> _blendWeight = new("--blend-weight") { Description = $"Weight of ALS in the ALS + item-kNN blend, 0–1 (default {Defaults.BlendWeight})." };
    private readonly Option<string?> _personal = new("--personal") { HelpName = "METHOD", Description = $"Serve this personal method instead of the one the evaluation chooses: {string.Join(", ", MethodNames.Personal)}." };
    private readonly Option<float?> _easeLambda = new("--ease-lambda") { Description = $"EASE's L2 penalty λ (default {Defaults.Ease.Lambda})." };
    private readonly Option<int?> _easeMaxItems = new("--ease-max-items") { Description = $"Most items EASE models, the most bought (default {Defaults.Ease.MaxItems})." };
    private readonly Option<bool> _tune = new("--tune") { Description = "Search every candidate's settings first (tune's default grids, trials and budget) and train with what the search keeps." };
    private readonly Option<string?> _alsoBought = new("--also-bought") { HelpName = "METHOD", Description = $"Serve this also-bought method instead of the one the evaluation chooses: {string.Join(", ", MethodNames.AlsoBought)}." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        var personal = Cli.HelpGroups.Add("Recommender: personal lists", _settings, _tune, _personal, _factors, _regularization, _alpha, _confidence, _epsilon, _iterations, _cgSteps, _seed, _threads, _halfLife, _popularityHalfLife, _testDays, _knnNeighbors, _blendWeight, _easeLambda, _easeMaxItems);
        var alsoBought = Cli.HelpGroups.Add("Recommender: customers also bought", _alsoBought, _alsoBoughtNeighbors, _alsoBoughtMeasure, _minSupport, _shrinkage);
        foreach (var option in personal.Concat(alsoBought))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings the command line asks for; throws <see cref="InvalidDataException"/> or <see cref="ArgumentException"/> naming a bad file or value.</summary>
    public RecommenderOptions Read(ParseResult result)
    {
        var options = result.GetValue(_settings) is { } path ? RecommenderSettingsFile.Load(path) : new RecommenderOptions();
        var als = options.Als;
        als = als with
        {
            Factors = result.GetValue(_factors) ?? als.Factors,
            Regularization = result.GetValue(_regularization) ?? als.Regularization,
            Alpha = result.GetValue(_alpha) ?? als.Alpha,
            Confidence = result.GetValue(_confidence) is { } confidence ? Parse<ConfidenceScaling>(confidence, "--confidence") : als.Confidence,
            Epsilon = result.GetValue(_epsilon) ?? als.Epsilon,
            Iterations = result.GetValue(_iterations) ?? als.Iterations,
            CgSteps = result.GetValue(_cgSteps) ?? als.CgSteps,
            Seed = result.GetValue(_seed) ?? als.Seed,
            Threads = result.GetValue(_threads) ?? als.Threads,
            RecencyHalfLifeDays = result.GetValue(_halfLife) ?? als.RecencyHalfLifeDays,
        };
        options = options with
        {
            Als = als,
            PopularityHalfLifeDays = result.GetValue(_popularityHalfLife) ?? options.PopularityHalfLifeDays,
            TestDays = result.GetValue(_testDays) ?? options.TestDays,
            AlsoBoughtNeighbors = result.GetValue(_alsoBoughtNeighbors) ?? options.AlsoBoughtNeighbors,
            AlsoBoughtMeasure = result.GetValue(_alsoBoughtMeasure) is { } measure ? Parse<CoOccurrenceMeasure>(measure, "--also-bought-measure") : options.AlsoBoughtMeasure,
            AlsoBoughtMinSupport = result.GetValue(_minSupport) ?? options.AlsoBoughtMinSupport,
            AlsoBoughtShrinkage = result.GetValue(_shrinkage) ?? options.AlsoBoughtShrinkage,
            ItemKnnNeighbors = result.GetValue(_knnNeighbors) ?? options.ItemKnnNeighbors,
            BlendWeight = result.GetValue(_blendWeight) ?? options.BlendWeight,
            Personal = result.GetValue(_personal) is { } personal ? Name(MethodNames.Personal, personal, "--personal") : options.Personal,
            Ease = options.Ease with { Lambda = result.GetValue(_easeLambda) ?? options.Ease.Lambda, MaxItems = result.GetValue(_easeMaxItems) ?? options.Ease.MaxItems },
            AlsoBought = result.GetValue(_alsoBought) is { } alsoBought ? Name(MethodNames.AlsoBought, alsoBought, "--also-bought") : options.AlsoBought,
            Tuning = result.GetValue(_tune) ? options.Tuning ?? new Recommendations.Tuning.TuningOptions() : options.Tuning,
        };
        options.Validate();
        return options;
    }

    // A candidate as metrics.json and settings files name it (item_knn), or without underscores in any case (ItemKnn).
    private static string Name(IReadOnlyList<string> names, string text, string option) =>
        names.FirstOrDefault(name => string.Equals(name.Replace("_", "", StringComparison.Ordinal), text.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"{option}: '{text}' is not one of {string.Join(", ", names)}");

    // Names as metrics.json and settings files write them (item_knn), or as the enum spells them (ItemKnn).
    private static T Parse<T>(string text, string option)
        where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new ArgumentException($"{option}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
}

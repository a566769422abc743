using System.Text.Json;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>
/// <c>experiments.json</c> in the registry folder: every experiment, running and ended, in the order they started. It
/// lives beside the versions so every replica reading the registry serves the same challengers; it is replaced whole
/// through a temporary file and a rename, under the registry's lock.
/// </summary>
public static class ExperimentsFile
{
    /// <summary>The file's name in the registry folder.</summary>
    public const string FileName = "experiments.json";

    /// <summary>The file of <paramref name="registry"/>.</summary>
    public static string PathOf(ModelRegistry registry) => Path.Combine(registry.Root, FileName);

    /// <summary>Every experiment of <paramref name="registry"/>, in the order they started; none without the file.</summary>
    /// <exception cref="InvalidDataException">The file is not an experiments document.</exception>
    public static IReadOnlyList<Experiment> Read(ModelRegistry registry)
    {
        var path = PathOf(registry);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return [.. BundleJson.Read<ExperimentsDocument>(path).Experiments.OrderBy(experiment => experiment.StartedAt)];
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not an experiments file ({error.Message})", error);
        }
    }

    internal static void Write(ModelRegistry registry, IReadOnlyList<Experiment> experiments) =>
        BundleJson.Write(PathOf(registry), new ExperimentsDocument(experiments));

    internal sealed record ExperimentsDocument(IReadOnlyList<Experiment> Experiments);
}

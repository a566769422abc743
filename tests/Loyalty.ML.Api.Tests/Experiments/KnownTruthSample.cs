using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Reports;
using Loyalty.ML.SampleData;
using Loyalty.ML.SampleData.Experiments;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.ML.Api.Tests.Experiments;

/// <summary>
/// The default sample (3,000 customers, 500 items, 200,000 lines, seed 42) whose last 30 days are the future: ALS and popularity trained (full runs) on what comes before,
/// published in a registry of their own, and every visit of the future month served by both (the known truth).
/// Built once for the test class; the registry is copied into each test's host.
/// </summary>
public sealed class KnownTruthSample : IDisposable
{
    public const int FutureDays = 30;

    public KnownTruthSample()
    {
        Sample = SampleDataGenerator.GenerateWithFuture(new SampleDataOptions(), FutureDays);
        Registry = new ModelRegistry(Path.Combine(Path.GetTempPath(), $"loyalty-known-truth-{Guid.NewGuid():N}"));
        Als = Train("als", minute: 0);
        Popularity = Train("popularity", minute: 1);
        Registry.SwitchCurrent(Als);
        Simulation = ExperimentSimulation.Serve(Sample, Served(Als), Served(Popularity));
    }

    /// <summary>The history and its future.</summary>
    public SampleFuture Sample { get; }

    /// <summary>The registry holding both versions, ALS current.</summary>
    public ModelRegistry Registry { get; }

    /// <summary>The ALS version.</summary>
    public string Als { get; }

    /// <summary>The popularity version.</summary>
    public string Popularity { get; }

    /// <summary>Both models' lists at every visit of the future.</summary>
    public ExperimentSimulation Simulation { get; }

    /// <summary>Copies both versions into <paramref name="target"/> and makes ALS current there.</summary>
    public void CopyInto(ModelRegistry target)
    {
        foreach (var version in new[] { Als, Popularity })
        {
            var source = Registry.PathOf(version);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target.PathOf(version), Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        target.SwitchCurrent(Als);
    }

    public void Dispose() => Directory.Delete(Registry.Root, recursive: true);

    private string Train(string method, int minute)
    {
        var settings = new TrainingSettings { Recommender = new RecommenderOptions { Personal = method } };
        var clock = new FakeTimeProvider(Sample.Cutoff.AddHours(-2).AddMinutes(minute));
        var input = new TrainingInput(Sample.History, new { rows = Sample.History.Purchases.Count }, [], new Dictionary<string, long>());
        return new TrainingPipeline(settings, clock) { Attachments = [new ReportAttachment()] }.Run(input, Registry).Manifest.Version;
    }

    private ServedModel Served(string version) => new(version, ModelBundle.Load(Registry.PathOf(version)).Recommender!);
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Core;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Bundles a hostile tester publishes: valid checksums, insane content, or a file that never finishes reading.</summary>
public static class HostileBundles
{
    /// <summary>Name of the stalling file <see cref="PublishStalling"/> lists in the manifest.</summary>
    public const string StallFile = "stall.bin";

    /// <summary>Publishes the trained models as <paramref name="version"/> with <paramref name="customerId"/>'s churn probability NaN.</summary>
    public static void PublishNaNChurnScore(ModelRegistry registry, string version, string customerId) =>
        PublishChurnFigure(registry, version, customerId, "probability", "NaN");

    /// <summary>
    /// Publishes the trained models as <paramref name="version"/> with one figure of <paramref name="customerId"/>'s churn
    /// score (a <c>churn_scores.csv</c> column: probability, p_alive, expected_purchases or clv) set to <paramref name="value"/>.
    /// </summary>
    public static void PublishChurnFigure(ModelRegistry registry, string version, string customerId, string column, string value) =>
        Publish(registry, version, directory =>
        {
            var path = Path.Combine(directory, "churn_scores.csv");
            var lines = File.ReadAllLines(path);
            var field = Array.IndexOf(lines[0].Split(','), column);
            var index = Array.FindIndex(lines, line => line.StartsWith(customerId + ",", StringComparison.Ordinal) || line.StartsWith($"\"{customerId}\",", StringComparison.Ordinal));
            var fields = lines[index].Split(',');
            fields[field] = value;
            lines[index] = string.Join(',', fields);
            File.WriteAllLines(path, lines);
        });

    /// <summary>Publishes the trained models as <paramref name="version"/> with the KPI <c>revenue</c> set to Infinity.</summary>
    public static void PublishInfiniteRevenue(ModelRegistry registry, string version) =>
        Publish(registry, version, directory =>
        {
            var path = Path.Combine(directory, BundleFiles.Metrics);
            var metrics = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            metrics["kpis"]!["revenue"] = "Infinity";
            File.WriteAllText(path, metrics.ToJsonString());
        });

    /// <summary>
    /// Publishes <paramref name="version"/> whose manifest also lists a FIFO inside the bundle: reading it blocks until a
    /// writer opens it, as a read of a device would hang. Returns the FIFO's path, for <see cref="Release"/>.
    /// </summary>
    public static string PublishStalling(ModelRegistry registry, string version)
    {
        Publish(registry, version, directory =>
        {
            using var mkfifo = Process.Start("mkfifo", [Path.Combine(directory, StallFile)]);
            mkfifo.WaitForExit();
        });
        return Path.Combine(registry.PathOf(version), StallFile);
    }

    /// <summary>Lets a reader blocked on <paramref name="fifo"/> go (it reads an empty file).</summary>
    public static void Release(string fifo)
    {
        // Opened for reading and writing, which on Linux never blocks, whether or not a reader waits.
        using var writer = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
    }

    // Published into a side registry, edited, checksummed again (a FIFO is listed with a made-up checksum, since reading
    // it would block) and only then moved into the watched registry, so the service never sees the unedited bundle.
    private static void Publish(ModelRegistry registry, string version, Action<string> edit)
    {
        var side = new ModelRegistry(Path.Combine(Path.GetDirectoryName(registry.Root)!, $"side-{Guid.NewGuid():N}"));
        TestBundles.Publish(side, version);
        var directory = side.PathOf(version);
        edit(directory);
        var manifestPath = Path.Combine(directory, BundleFiles.Manifest);
        var manifest = BundleJson.Read<BundleManifest>(manifestPath);
        var files = manifest.Files.ToDictionary(pair => pair.Key, pair => FileChecksum.Sha256(Path.Combine(directory, pair.Key)), StringComparer.Ordinal);
        if (File.Exists(Path.Combine(directory, StallFile)))
        {
            files[StallFile] = new string('0', 64);
        }

        BundleJson.Write(manifestPath, manifest with { Files = files });
        Directory.Move(directory, registry.PathOf(version));
        Directory.Delete(side.Root, recursive: true);
        HandSwitch.PointCurrentAt(registry, version);
    }
}

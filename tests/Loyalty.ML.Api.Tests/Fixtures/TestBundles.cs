using System.Text.Json.Nodes;
using Loyalty.ML.Bundles;
using Loyalty.ML.Data;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Publishes bundles into a test registry: trained from a generated history, or deliberately broken.</summary>
public static class TestBundles
{
    /// <summary>Trains and publishes <paramref name="version"/>, making it current.</summary>
    public static BundleManifest Publish(ModelRegistry registry, string version, PurchaseHistory history, DateTimeOffset createdAt)
    {
        using var writer = BundleWriter.Begin(registry, version);
        var metrics = new JsonObject
        {
            ["kpis"] = new JsonObject
            {
                ["customers"] = history.Customers.Count,
                ["items"] = history.Items.Count,
                ["purchase_lines"] = history.Purchases.Count,
            },
        };
        File.WriteAllText(writer.PathOf(BundleFiles.Metrics), metrics.ToJsonString());
        return writer.Publish(createdAt, [], new Dictionary<string, long> { ["purchases"] = history.Purchases.Count }, []);
    }

    /// <summary>Publishes <paramref name="version"/> and then corrupts a file, so its checksum no longer matches.</summary>
    public static void PublishCorrupt(ModelRegistry registry, string version, PurchaseHistory history, DateTimeOffset createdAt)
    {
        var previous = registry.CurrentVersion;
        Publish(registry, version, history, createdAt);
        if (previous is not null)
        {
            registry.SwitchCurrent(previous);
        }

        File.AppendAllText(Path.Combine(registry.PathOf(version), BundleFiles.Metrics), " ");
        registry.SwitchCurrent(version);
    }
}

using System.Text.Json;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations;

public sealed class RecommenderSettingsFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_WrittenSettings_RoundTripsEverySetting()
    {
        var path = Path.Combine(_folder, "settings.json");
        var settings = new RecommenderOptions
        {
            Als = new AlsOptions { Factors = 128, Regularization = 3, Alpha = 1, Confidence = ConfidenceScaling.Log, RecencyHalfLifeDays = 90, Iterations = 25, Threads = 1 },
            BlendWeight = 0.3f,
            Personal = "blend_als_item_knn",
            AlsoBought = AlsoBoughtMethod.SignificantCoOccurrence,
            AlsoBoughtMinSupport = 3,
        };

        RecommenderSettingsFile.Write(path, settings);

        Assert.Equal(settings, RecommenderSettingsFile.Load(path));
        Assert.Contains("\"personal\": \"blend_als_item_knn\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKeyOrValueOutOfRange_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, """{ "als": { "factorz": 12 } }""");
        Assert.Contains(path, Assert.Throws<InvalidDataException>(() => RecommenderSettingsFile.Load(path)).Message, StringComparison.Ordinal);

        File.WriteAllText(path, """{ "blend_weight": 2 }""");
        Assert.Contains("blend weight", Assert.Throws<InvalidDataException>(() => RecommenderSettingsFile.Load(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestParametersOfARun_ReadsAsSettings()
    {
        var recorded = JsonSerializer.SerializeToNode(new RecommenderOptions { Als = new AlsOptions { Factors = 16 } }, BundleJson.Options)!;
        var path = Path.Combine(_folder, "from-manifest.json");
        File.WriteAllText(path, recorded.ToJsonString());

        Assert.Equal(16, RecommenderSettingsFile.Load(path).Als.Factors);
    }
}

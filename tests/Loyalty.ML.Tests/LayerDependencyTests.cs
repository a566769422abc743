using Loyalty.ML.Core;
using NetArchTest.Rules;

namespace Loyalty.ML.Tests;

/// <summary>
/// The library's layers, read off its folders: Core ← Data ← the capability slices (Recommendations, Churn,
/// Segmentation) ← Offers, which combines them ← Pipeline, the training run. A layer uses only those below it, and
/// the three capability slices never use each other.
/// </summary>
public sealed class LayerDependencyTests
{
    private const string Library = "Loyalty.ML";

    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        ["Core"] = [],
        ["Data"] = ["Core"],
        ["Recommendations"] = ["Core", "Data"],
        ["Churn"] = ["Core", "Data"],
        ["Segmentation"] = ["Core", "Data"],
        ["Offers"] = ["Core", "Data", "Recommendations", "Churn", "Segmentation"],
        ["Pipeline"] = ["Core", "Data", "Recommendations", "Churn", "Segmentation", "Offers"],
    };

    public static TheoryData<string> Layers => [.. MayUse.Keys];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_UsesOnlyTheLayersBelowIt(string layer)
    {
        var forbidden = MayUse.Keys.Where(other => other != layer && !MayUse[layer].Contains(other)).Select(other => $"{Library}.{other}").ToArray();

        var result = Types.InAssembly(typeof(PurchaseHistory).Assembly)
            .That().ResideInNamespace($"{Library}.{layer}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer} uses a layer above it or beside it: " + string.Join("; ", (result.FailingTypes ?? []).Select(type => $"{type.FullName} ({type.Explanation})")));
    }

    [Fact]
    public void Library_HasNoTypeOutsideTheLayers()
    {
        var layered = MayUse.Keys.Select(layer => $"{Library}.{layer}").ToArray();

        var outside = typeof(PurchaseHistory).Assembly.GetTypes()
            .Where(type => !type.Name.StartsWith('<') && type.Namespace is { } name && name.StartsWith(Library, StringComparison.Ordinal) && !layered.Any(layer => name == layer || name.StartsWith(layer + ".", StringComparison.Ordinal)))
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(outside);
    }
}

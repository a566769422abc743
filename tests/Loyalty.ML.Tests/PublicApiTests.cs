using System.Text.RegularExpressions;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests;

/// <summary>
/// The library's public surface is declared in src/Loyalty.ML/PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt
/// (Microsoft.CodeAnalysis.PublicApiAnalyzers fails the build on a public member missing from them); the declared types
/// are exactly the ones the built library exports, so a type made public or internal shows in the files' diff.
/// </summary>
public sealed partial class PublicApiTests
{
    [Fact]
    public void DeclaredTypes_AreTheTypesTheLibraryExports()
    {
        var declared = new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .SelectMany(file => File.ReadLines(Path.Combine(RepositoryPaths.Root, "src", "Loyalty.ML", file)))
            .Select(line => TypeLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

        var exported = typeof(PurchaseHistory).Assembly.GetExportedTypes()
            .Select(type => type.FullName!.Split('`')[0].Replace('+', '.'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(exported);
        Assert.Empty(exported.Except(declared, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Empty(declared.Except(exported, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    // A type's own line: its name alone (with modifiers and type parameters), no member after it.
    [GeneratedRegex(@"^(?:(?:abstract|sealed|static|readonly|ref|virtual|override) )*(?<name>Loyalty\.ML(?:\.\w+)+)(?:<[^>]*>)?$")]
    private static partial Regex TypeLine();
}

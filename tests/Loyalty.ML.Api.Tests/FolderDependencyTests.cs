using NetArchTest.Rules;

namespace Loyalty.ML.Api.Tests;

/// <summary>
/// The API's folders, read off its namespaces, depend on each other one way: no folder uses one that uses it back,
/// directly or through others. Each feature folder (Recommendations, Churn, Offers, Ingest, …) holds one group of
/// endpoints with its arguments, views and contracts; the layers below them (Events: the store, the stream, the outbox
/// and the overlay; Serving: the loaded model and its problems; Items: the item tiles several features show; Http: the
/// shared HTTP plumbing and JSON context) never use a feature folder, nor the composition root (Extensions).
/// </summary>
public sealed class FolderDependencyTests
{
    private const string Api = "Loyalty.ML.Api";

    // Declared before the rules that name them: static fields are set in the order written.
    private static IReadOnlyList<string> Folders { get; } =
        [.. typeof(Program).Assembly.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(name => name.StartsWith(Api + ".", StringComparison.Ordinal))
            .Select(name => name[(Api.Length + 1)..].Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    // A feature folder is one that maps endpoints: it holds a static XxxApi class with a MapXxxApi method.
    private static IReadOnlyList<string> Features { get; } =
        [.. typeof(Program).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: true, IsSealed: true } && type.Name.EndsWith("Api", StringComparison.Ordinal)
                && type.GetMethod("Map" + type.Name) is not null)
            .Select(type => type.Namespace!.Split('.')[3])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, string[]> MustNotUse = new(StringComparer.Ordinal)
    {
        ["Events"] = [.. Features, "Extensions"],
        ["Serving"] = [.. Features, "Events", "Extensions"],
        ["Items"] = [.. Features, "Extensions"],
        ["Http"] = [.. Features, "Events", "Serving", "Extensions"],
    };

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Uses = new(UsesOfEachFolder);

    public static TheoryData<string> Constrained => [.. MustNotUse.Keys];

    [Fact]
    public void Folders_UseEachOtherOneWay()
    {
        var cycles = Folders.Select(folder => CycleThrough(folder, Uses.Value)).OfType<IReadOnlyList<string>>().ToList();

        Assert.True(cycles.Count == 0, "folders that use each other: " + string.Join("; ", cycles.Select(cycle =>
            string.Join(" → ", cycle) + " (" + string.Join(", ", cycle.Zip(cycle.Skip(1), (from, to) => $"{from}.{Uses.Value[from][to]} uses {to}")) + ")")));
    }

    [Theory]
    [MemberData(nameof(Constrained))]
    public void Folder_UsesNoneOfTheFoldersAboveIt(string folder)
    {
        var used = MustNotUse[folder].Where(Uses.Value[folder].ContainsKey).Select(other => $"{folder}.{Uses.Value[folder][other]} uses {other}");

        Assert.Empty(used);
    }

    [Fact]
    public void Folders_AreReadOffTheAssembly()
    {
        Assert.Subset(Folders.ToHashSet(StringComparer.Ordinal), new HashSet<string>(["Events", "Http", "Items", "Options", "Security", "Serving", "Webhooks"], StringComparer.Ordinal));
        Assert.Subset(Features.ToHashSet(StringComparer.Ordinal), new HashSet<string>(["Churn", "Dashboard", "Evaluation", "Export", "Ingest", "Kpis", "Models", "Offers", "Recommendations", "Segments"], StringComparer.Ordinal));
        Assert.DoesNotContain("Events", Features);
        Assert.Contains("Events", Uses.Value["Ingest"].Keys);
    }

    // For each folder, the folders it uses, each with one of its types that does (to name it when a rule fails).
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> UsesOfEachFolder() =>
        Folders.ToDictionary(
            folder => folder,
            folder => (IReadOnlyDictionary<string, string>)Folders
                .Where(other => other != folder)
                .Select(other => (Other: other, Type: Types.InAssembly(typeof(Program).Assembly)
                    .That().ResideInNamespace($"{Api}.{folder}")
                    .And().HaveDependencyOnAny($"{Api}.{other}")
                    .GetTypes()
                    .Select(type => type.Name)
                    .Order(StringComparer.Ordinal)
                    .FirstOrDefault()))
                .Where(use => use.Type is not null)
                .ToDictionary(use => use.Other, use => use.Type!, StringComparer.Ordinal),
            StringComparer.Ordinal);

    // A path of uses from the folder back to itself, when there is one.
    private static IReadOnlyList<string>? CycleThrough(string start, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> uses)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var folder))
        {
            foreach (var next in uses[folder].Keys)
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = folder; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(next, folder))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }
}

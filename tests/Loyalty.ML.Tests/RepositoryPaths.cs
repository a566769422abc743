namespace Loyalty.ML.Tests;

/// <summary>Paths relative to the repository root, found by walking up to the folder holding Loyalty.ML.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string OnlineRetail => Path.Combine(Root, "..", "shared", "data", "online-retail", "online_retail.csv.gz");

    public static string OnlineRetailMapping => Path.Combine(Root, "data", "mappings", "online-retail.json");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Loyalty.ML.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Loyalty.ML.sln not found above " + AppContext.BaseDirectory);
    }
}

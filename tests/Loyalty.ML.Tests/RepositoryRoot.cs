namespace Loyalty.ML.Tests;

/// <summary>The checkout the tests run from: the folder holding <c>Loyalty.ML.sln</c>, and the shared real data beside it.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string OnlineRetail => System.IO.Path.Combine(Path, "..", "shared", "data", "online-retail", "online_retail.csv.gz");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Loyalty.ML.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Loyalty.ML.sln above {AppContext.BaseDirectory}.");
    }
}

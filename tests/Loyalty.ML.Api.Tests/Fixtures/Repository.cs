namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>The checkout the tests run from, for the scripts they drive.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>Loyalty.ML.sln</c>, found upwards from the test binaries.</summary>
    public static string Root()
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

namespace Loyalty.ML.Api.Options;

/// <summary>
/// Where a relative <see cref="ModelOptions.RegistryPath"/> is: under the working directory, else under the
/// repository root (the folder holding <c>Loyalty.ML.sln</c>) above the working directory or above the service's
/// own folder. So the service started from the repository root, from its project folder (<c>dotnet run --project
/// src/Loyalty.ML.Api</c>) or from its build output finds the <c>models/</c> that <c>./train.sh</c> publishes to.
/// </summary>
internal static class RegistryLocation
{
    private const string RepositoryMarker = "Loyalty.ML.sln";

    /// <summary>The folders tried for <paramref name="configured"/>, in order; one when it is absolute.</summary>
    public static IReadOnlyList<string> Candidates(string configured, string workingDirectory, string serviceDirectory)
    {
        if (Path.IsPathRooted(configured))
        {
            return [configured];
        }

        var candidates = new List<string> { Path.GetFullPath(configured, workingDirectory) };
        foreach (var start in (string[])[workingDirectory, serviceDirectory])
        {
            if (RepositoryRoot(start) is { } root)
            {
                candidates.Add(Path.GetFullPath(configured, root));
            }
        }

        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first candidate that exists, or null.</summary>
    public static string? Find(string configured, string workingDirectory, string serviceDirectory) =>
        Candidates(configured, workingDirectory, serviceDirectory).FirstOrDefault(Directory.Exists);

    private static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, RepositoryMarker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}

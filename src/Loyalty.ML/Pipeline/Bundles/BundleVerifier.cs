using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// Checks a bundle folder against its manifest: every listed file is a regular file inside the bundle (no absolute
/// path, no <c>..</c>, no link: reading <c>/dev/zero</c> would never end) and has the listed checksum.
/// </summary>
public static class BundleVerifier
{
    /// <summary>Reads and verifies the manifest of <paramref name="directory"/>; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static BundleManifest Verify(string directory)
    {
        var manifestPath = Path.Combine(directory, BundleFiles.Manifest);
        if (!File.Exists(manifestPath))
        {
            throw new InvalidDataException($"{directory}: no {BundleFiles.Manifest}; not a published bundle.");
        }

        var manifest = BundleJson.Read<BundleManifest>(manifestPath);
        var root = Path.GetFullPath(directory).TrimEnd('/') + "/";
        foreach (var (name, expected) in manifest.Files)
        {
            var path = Path.GetFullPath(Path.Combine(root, name));
            if (Path.IsPathRooted(name) || !path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{directory}: the manifest lists {name}, which is not inside the bundle.");
            }

            if (LinkOnTheWay(root, path) is { } link)
            {
                throw new InvalidDataException($"{directory}: {name} goes through the link {link}; a bundle holds its own files.");
            }

            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{directory}: {name} is listed in the manifest but missing.");
            }

            var actual = FileChecksum.Sha256(path);
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{directory}: {name} has checksum {actual}, the manifest says {expected}.");
            }
        }

        return manifest;
    }

    private static string? LinkOnTheWay(string root, string path)
    {
        for (var part = path; part.Length > root.Length; part = Path.GetDirectoryName(part)!)
        {
            if (new FileInfo(part).LinkTarget is not null)
            {
                return part[root.Length..];
            }
        }

        return null;
    }
}

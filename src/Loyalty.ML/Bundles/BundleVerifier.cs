namespace Loyalty.ML.Bundles;

/// <summary>Checks a bundle folder against its manifest: every listed file present with the listed checksum.</summary>
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
        foreach (var (name, expected) in manifest.Files)
        {
            var path = Path.Combine(directory, name);
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
}

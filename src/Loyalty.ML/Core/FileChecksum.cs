using System.Security.Cryptography;

namespace Loyalty.ML.Core;

/// <summary>SHA-256 of files, as lowercase hex.</summary>
internal static class FileChecksum
{
    /// <summary>Hashes the file at <paramref name="path"/> by streaming it.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Fingerprints a source file.</summary>
    public static SourceFingerprint Fingerprint(string path) =>
        new(Path.GetFullPath(path), new FileInfo(path).Length, Sha256(path));
}

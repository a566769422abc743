using System.IO.Compression;
using System.Text;

namespace Loyalty.ML.Tests.Data;

/// <summary>A temporary folder of data files for one test, deleted afterwards.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public TempDataFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "loyalty-data-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string WriteGzip(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

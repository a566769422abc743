using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>Opens a data file as rows, choosing the reader by content: gzip and Parquet by magic bytes, else CSV.</summary>
public static class RowSources
{
    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];

    private static ReadOnlySpan<byte> ParquetMagic => "PAR1"u8;

    /// <summary>Opens <paramref name="path"/> as a row source read with <paramref name="format"/>; throws <see cref="DataLoadException"/> for a folder, a missing or empty file, or a .parquet file that is not Parquet.</summary>
    public static IRowSource Open(string path, ValueFormat format)
    {
        if (Directory.Exists(path))
        {
            throw new DataLoadException(path, null, "is a folder, expected a file (CSV, CSV.GZ or Parquet).");
        }

        if (!File.Exists(path))
        {
            throw new DataLoadException(path, null, "file not found.");
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            if (file.Length == 0)
            {
                throw new DataLoadException(path, null, "the file is empty: expected a header line naming the columns.");
            }

            Span<byte> magic = stackalloc byte[4];
            var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            file.Position = 0;
            if (read >= 4 && magic.SequenceEqual(ParquetMagic))
            {
                return ParquetRowSource.Open(path, file);
            }

            if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
            {
                throw new DataLoadException(path, null, "not a Parquet file (it does not start with PAR1).");
            }

            var content = read >= 2 && magic[..2].SequenceEqual(GzipMagic) ? new CheckedGzipStream(file) : (Stream)file;
            return format.SplitOnWhitespace
                ? WhitespaceRowSource.Open(path, file, content, format)
                : CsvRowSource.Open(path, file, content, format);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}

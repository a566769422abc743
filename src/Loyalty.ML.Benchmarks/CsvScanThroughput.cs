using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Data.Ingestion.Values;
using Loyalty.ML.Data.Ingestion.Sources;

namespace Loyalty.ML.Benchmarks;

/// <summary>
/// The floor any load stands on: reading every field of every row with the loader's own reader
/// (decompression, CSV or Parquet decoding) and doing nothing with it.
/// </summary>
internal static class CsvScanThroughput
{
    /// <summary>Returns the rows read.</summary>
    public static long Scan(string path, TextFormat format)
    {
        using var source = RowSources.Open(path, ValueFormat.Create(format, path, "transactions.format"));
        long rows = 0;
        long characters = 0;
        while (source.Read())
        {
            rows++;
            for (var field = 0; field < source.FieldCount; field++)
            {
                characters += source.Text(field).Length;
            }
        }

        return characters >= 0 ? rows : 0;
    }
}

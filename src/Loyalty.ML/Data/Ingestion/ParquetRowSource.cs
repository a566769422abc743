namespace Loyalty.ML.Data.Ingestion;

internal sealed class ParquetRowSource
{
    public static IRowSource Open(string path, FileStream file) => throw new DataLoadException(path, null, "Parquet is not supported yet.");
}

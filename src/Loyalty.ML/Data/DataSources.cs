namespace Loyalty.ML.Data;

/// <summary>The files of one export: transactions (required), optional items and customers, optional mapping.</summary>
public sealed record DataSources(string Transactions, string? Items = null, string? Customers = null, string? Mapping = null)
{
    private static readonly string[] Extensions = [".csv", ".csv.gz", ".parquet"];

    /// <summary>
    /// Finds <c>transactions</c>, <c>items</c> and <c>customers</c> files (CSV, CSV.GZ or Parquet) in a
    /// folder such as <c>data/sample/</c>, plus <c>mapping.json</c> when present.
    /// </summary>
    /// <exception cref="DataLoadException">The folder does not exist or holds no transactions file.</exception>
    public static DataSources FromFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DataLoadException(folder, null, "data folder not found.");
        }

        var transactions = Find(folder, "transactions")
            ?? throw new DataLoadException(folder, null, $"no transactions file (expected one of {string.Join(", ", Extensions.Select(e => "transactions" + e))}).");
        var mapping = Path.Combine(folder, "mapping.json");
        return new DataSources(transactions, Find(folder, "items"), Find(folder, "customers"), File.Exists(mapping) ? mapping : null);
    }

    private static string? Find(string folder, string name)
    {
        var found = Extensions.Select(extension => Path.Combine(folder, name + extension)).Where(File.Exists).ToArray();
        return found.Length switch
        {
            0 => null,
            1 => found[0],
            _ => throw new DataLoadException(folder, null, $"several {name} files ({string.Join(", ", found.Select(Path.GetFileName))}); keep one."),
        };
    }
}

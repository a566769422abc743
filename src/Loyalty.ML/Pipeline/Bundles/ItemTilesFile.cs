using System.Globalization;
using System.Text;
using Loyalty.ML.Core;
using Loyalty.ML.Data;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// <c>items.csv</c> in the bundle: <c>item_id,name,category,price,url,image_url</c> for every item of the history, so
/// every answer naming an item can carry its tile. Invariant culture; empty means none.
/// </summary>
internal static class ItemTilesFile
{
    /// <summary>File name in the bundle.</summary>
    public const string FileName = "items.csv";

    /// <summary>Header line.</summary>
    public const string Header = "item_id,name,category,price,url,image_url";

    /// <summary>Writes the tiles of every item in <paramref name="history"/> to <paramref name="path"/> through a temporary file.</summary>
    public static void Write(string path, PurchaseHistory history)
    {
        var catalog = history.Catalog;
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            for (var item = 0; item < history.Items.Count; item++)
            {
                var category = catalog.Category[item] >= 0 ? catalog.Categories[catalog.Category[item]] : null;
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Field(history.Items[item])},{Field(catalog.Names[item])},{Field(category)},{catalog.Price[item]:R},{Field(At(catalog.Url, item))},{Field(At(catalog.ImageUrl, item))}"));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The tiles of the bundle in <paramref name="directory"/> by item id, or null when it has none.</summary>
    public static IReadOnlyDictionary<string, ItemTile>? LoadIfPresent(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Reads a tiles file; throws <see cref="InvalidDataException"/> naming the line of a bad or repeated row.</summary>
    public static IReadOnlyDictionary<string, ItemTile> Read(string path)
    {
        var tiles = new Dictionary<string, ItemTile>(StringComparer.Ordinal);
        foreach (var (number, line) in CsvText.ReadLines(path, Header))
        {
            var fields = CsvText.Split(line);
            if (fields.Count != 6 || fields[0].Length == 0
                || !double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var price) || !double.IsFinite(price))
            {
                throw new InvalidDataException($"{path} line {number}: not an item row ('{line}').");
            }

            if (!tiles.TryAdd(fields[0], new ItemTile(fields[0], Optional(fields[1]), Optional(fields[2]), price, Optional(fields[4]), Optional(fields[5]))))
            {
                throw new InvalidDataException($"{path} line {number}: item '{fields[0]}' appears twice.");
            }
        }

        return tiles;
    }

    private static string? At(string?[] column, int item) => column.Length > item ? column[item] : null;

    private static string? Optional(string field) => field.Length == 0 ? null : field;

    // One line per item: a line break inside a name would split the row.
    private static string Field(string? value) =>
        value is null ? "" : CsvText.Quote(value.ReplaceLineEndings(" "));
}

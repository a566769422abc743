using System.Globalization;
using System.Text;

namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>
/// The store's high-water mark: a small file (beside the store by default, or anywhere the operator puts it, such as
/// the registry's volume) naming the store and the last row of each table it committed, rewritten after every commit.
/// It is written after the commit and without its own fsync, so it can lag the store (harmless) but never run ahead of
/// what the store made durable: a store holding less than its mark lost acknowledged events (a deleted or damaged WAL,
/// an older copy of the file, an emptied or replaced file), which <see cref="EventStoreCheck"/> says at start.
/// </summary>
public sealed class EventStoreMark : IDisposable
{
    private const string Header = "loyalty event store high-water mark v1";
    private readonly FileStream _file;

    private EventStoreMark(FileStream file) => _file = file;

    /// <summary>The default place of the mark of the store at <paramref name="storePath"/>: beside it.</summary>
    public static string DefaultPath(string storePath) => storePath + ".mark";

    /// <summary>The mark at <paramref name="path"/>, or null when there is none; throws <see cref="InvalidDataException"/> when it is unreadable.</summary>
    public static StoreMark? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var fields = File.ReadAllLines(path).Where(line => line.Contains('=', StringComparison.Ordinal))
            .Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.Ordinal);
        if (!fields.TryGetValue("store_id", out var storeId) || !Seq(fields, "purchase_seq", out var purchases) || !Seq(fields, "offer_seq", out var offers))
        {
            throw new InvalidDataException($"The event store's high-water mark {path} is unreadable (not written by this service, or damaged).");
        }

        return new StoreMark(storeId, new OutboxHorizon(purchases, offers));
    }

    /// <summary>Opens the mark at <paramref name="path"/> for writing, creating it when missing.</summary>
    public static EventStoreMark Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new EventStoreMark(new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read));
    }

    /// <summary>Writes <paramref name="mark"/> to <paramref name="path"/> once (a restore, a new mark).</summary>
    public static void Write(string path, StoreMark mark)
    {
        using var writer = Open(path);
        writer.Write(mark);
    }

    /// <summary>Rewrites the mark in place: every field has a fixed width, so the file never shrinks or grows.</summary>
    public void Write(StoreMark mark)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Header}\nstore_id={mark.StoreId,-32}\npurchase_seq={mark.Written.PurchaseSeq:D19}\noffer_seq={mark.Written.OfferSeq:D19}\n");
        var bytes = Encoding.ASCII.GetBytes(text);
        _file.Seek(0, SeekOrigin.Begin);
        _file.Write(bytes);
        _file.SetLength(bytes.Length);
        _file.Flush(flushToDisk: false);
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    private static bool Seq(Dictionary<string, string> fields, string name, out long value)
    {
        value = 0;
        return fields.TryGetValue(name, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}

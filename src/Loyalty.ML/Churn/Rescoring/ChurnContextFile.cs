using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn.Rescoring;

/// <summary>
/// <c>churn_context.bin</c> in the bundle: <see cref="ChurnFoldIn"/> as Brotli-compressed little-endian binary (a
/// magic, a format version, then the context, the models, the ids and the lines grouped by customer). Written through a
/// temporary file and a rename; the manifest's checksum covers it like every other file.
/// </summary>
internal static class ChurnContextFile
{
    /// <summary>File name in the bundle.</summary>
    public const string FileName = "churn_context.bin";

    private const int Magic = 0x5854434C; // "LCTX"
    private const int Version = 1;

    // A line: customer, item, order, time's ticks, quantity, unit price.
    private const int LineBytes = (3 * sizeof(int)) + sizeof(long) + (2 * sizeof(float));
    private const int LinesPerBlock = 4096;

    /// <summary>Writes <paramref name="foldIn"/> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, ChurnFoldIn foldIn)
    {
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var compressed = new BrotliStream(file, CompressionLevel.Optimal))
        using (var writer = new BinaryWriter(compressed, Encoding.UTF8))
        {
            var context = foldIn.Context;
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(context.Origin.DayNumber);
            writer.Write(context.CutoffDay);
            writer.Write(context.HorizonDays);
            WriteBgNbd(writer, context.Purchases);
            WriteSpend(writer, foldIn.Spend);
            WriteArray(writer, foldIn.Items.Ids, static (w, id) => w.Write(id));
            writer.Write(context.ItemCount);
            WriteArray(writer, new ArraySegment<int>(context.Catalog.Category, 0, Math.Min(context.ItemCount, context.Catalog.Category.Length)), static (w, value) => w.Write(value));
            WriteArray(writer, context.Catalog.Categories.Ids, static (w, id) => w.Write(id));
            writer.Write(context.Items is not null);
            if (context.Items is { } items)
            {
                WriteArray(writer, items.RecentReach, static (w, value) => w.Write(value));
                WriteArray(writer, items.RepeatRate, static (w, value) => w.Write(value));
            }

            WriteArray(writer, foldIn.Lines.Customers.Ids, static (w, id) => w.Write(id));
            WriteLines(writer, foldIn.Lines.Purchases);
            WriteLines(writer, foldIn.Lines.Returns);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the file in <paramref name="directory"/>, or null when the bundle has none (one trained before it existed).</summary>
    public static ChurnFoldIn? ReadIfPresent(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Reads one file; throws <see cref="InvalidDataException"/> naming it when it is not one this version wrote.</summary>
    public static ChurnFoldIn Read(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var compressed = new BrotliStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(compressed, Encoding.UTF8);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException($"{path}: not a churn context file of format {Version}.");
            }

            var origin = DateOnly.FromDayNumber(reader.ReadInt32());
            var cutoffDay = reader.ReadInt32();
            var horizonDays = reader.ReadInt32();
            var purchases = new BgNbdModel(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            var spend = reader.ReadBoolean() ? new GammaGammaModel(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble()) : null;
            var items = new IdMap(ReadArray(reader, static r => r.ReadString()));
            var itemCount = reader.ReadInt32();
            var category = ReadArray(reader, static r => r.ReadInt32());
            var catalog = new ItemCatalog(new string?[category.Length], category, new float[category.Length], new IdMap(ReadArray(reader, static r => r.ReadString())));
            var activity = reader.ReadBoolean() ? ItemActivity.From(ReadArray(reader, static r => r.ReadSingle()), ReadArray(reader, static r => r.ReadSingle())) : null;
            var customers = new IdMap(ReadArray(reader, static r => r.ReadString()));
            var lines = CustomerLines.FromGrouped(customers, ReadLines(reader), ReadLines(reader));
            var context = CustomerFeatureContext.Restore(origin, cutoffDay, itemCount, activity, catalog, purchases, horizonDays);
            return new ChurnFoldIn(context, spend, items, lines);
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: cut short or corrupt ({exception.Message}).", exception);
        }
    }

    private static void WriteBgNbd(BinaryWriter writer, BgNbdModel model)
    {
        writer.Write(model.R);
        writer.Write(model.Alpha);
        writer.Write(model.A);
        writer.Write(model.B);
    }

    private static void WriteSpend(BinaryWriter writer, GammaGammaModel? spend)
    {
        writer.Write(spend is not null);
        if (spend is not null)
        {
            writer.Write(spend.P);
            writer.Write(spend.Q);
            writer.Write(spend.V);
        }
    }

    // Written element by element through BinaryWriter, so the file is little-endian whatever the machine.
    private static void WriteArray<T>(BinaryWriter writer, IReadOnlyList<T> values, Action<BinaryWriter, T> write)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            write(writer, value);
        }
    }

    private static T[] ReadArray<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var values = new T[Count(reader)];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = read(reader);
        }

        return values;
    }

    // Lines are encoded a block at a time and handed to the compressor whole: six writes a line through the compressing
    // stream cost more than a third of the file's time (1M lines: 0.82 → 0.52 CPU-s, the rest is the compression). The
    // compressor gathers its input into its own blocks, so the bytes written are the same.
    private static void WriteLines(BinaryWriter writer, GroupedLines grouped)
    {
        var lines = grouped.Lines;
        writer.Write(grouped.Count);
        var block = new byte[LineBytes * LinesPerBlock];
        for (var first = 0; first < grouped.Count; first += LinesPerBlock)
        {
            var bytes = block.AsSpan(0, Math.Min(grouped.Count - first, LinesPerBlock) * LineBytes);
            var position = first;
            for (var line = bytes; !line.IsEmpty; line = line[LineBytes..])
            {
                var index = grouped.LineAt(position++);
                BinaryPrimitives.WriteInt32LittleEndian(line, lines.Customer[index]);
                BinaryPrimitives.WriteInt32LittleEndian(line[4..], lines.Item[index]);
                BinaryPrimitives.WriteInt32LittleEndian(line[8..], lines.Order[index]);
                BinaryPrimitives.WriteInt64LittleEndian(line[12..], lines.Time[index].Ticks);
                BinaryPrimitives.WriteSingleLittleEndian(line[20..], lines.Quantity[index]);
                BinaryPrimitives.WriteSingleLittleEndian(line[24..], lines.UnitPrice[index]);
            }

            writer.Write(bytes);
        }
    }

    // Lines are read a block at a time and decoded from the bytes: six reads per line through the decompressing
    // stream cost most of the service's start on a large bundle.
    private static TransactionLines ReadLines(BinaryReader reader)
    {
        var count = Count(reader);
        var lines = new TransactionLines();
        lines.EnsureCapacity(count);
        var block = new byte[LineBytes * LinesPerBlock];
        for (var first = 0; first < count; first += LinesPerBlock)
        {
            var bytes = block.AsSpan(0, Math.Min(count - first, LinesPerBlock) * LineBytes);
            reader.BaseStream.ReadExactly(bytes);
            for (var line = bytes; !line.IsEmpty; line = line[LineBytes..])
            {
                lines.Add(
                    BinaryPrimitives.ReadInt32LittleEndian(line),
                    BinaryPrimitives.ReadInt32LittleEndian(line[4..]),
                    BinaryPrimitives.ReadInt32LittleEndian(line[8..]),
                    new DateTime(BinaryPrimitives.ReadInt64LittleEndian(line[12..]), DateTimeKind.Utc),
                    BinaryPrimitives.ReadSingleLittleEndian(line[20..]),
                    BinaryPrimitives.ReadSingleLittleEndian(line[24..]));
            }
        }

        return lines;
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 ? count : throw new InvalidDataException($"A negative count ({count}).");
    }
}

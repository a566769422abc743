using System.Runtime.InteropServices;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations;

/// <summary>Raw array and id-map sections of the recommender file, read and written as little-endian blocks.</summary>
internal static class BinarySections
{
    public static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged => writer.Write(MemoryMarshal.AsBytes(values));

    public static T[] ReadArray<T>(BinaryReader reader, int length)
        where T : unmanaged
    {
        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public static void WriteIds(BinaryWriter writer, IReadOnlyList<string> ids)
    {
        foreach (var id in ids)
        {
            writer.Write(id);
        }
    }

    public static IdMap ReadIds(BinaryReader reader, int count, string what)
    {
        var ids = new string[count];
        for (var index = 0; index < count; index++)
        {
            ids[index] = reader.ReadString();
        }

        try
        {
            return new IdMap(ids);
        }
        catch (ArgumentException error)
        {
            throw new InvalidDataException($"{what}: {error.Message}", error);
        }
    }

    public static void WriteOptionalStrings(BinaryWriter writer, IReadOnlyList<string?> values)
    {
        foreach (var value in values)
        {
            writer.Write(value is not null);
            if (value is not null)
            {
                writer.Write(value);
            }
        }
    }

    public static string?[] ReadOptionalStrings(BinaryReader reader, int count)
    {
        var values = new string?[count];
        for (var index = 0; index < count; index++)
        {
            values[index] = reader.ReadBoolean() ? reader.ReadString() : null;
        }

        return values;
    }

    /// <summary>Writes neighbour lists with their entry count first, as <see cref="ReadNeighbors"/> reads them.</summary>
    public static void WriteNeighbors(BinaryWriter writer, Signals.ItemNeighbors neighbors)
    {
        writer.Write(neighbors.Neighbors.Length);
        WriteArray<int>(writer, neighbors.Offsets);
        WriteArray<int>(writer, neighbors.Neighbors);
        WriteArray<float>(writer, neighbors.Scores);
    }

    /// <summary>Reads neighbour lists of <paramref name="items"/> items, checking offsets and indexes.</summary>
    public static Signals.ItemNeighbors ReadNeighbors(BinaryReader reader, int items, string what)
    {
        var entries = reader.ReadInt32();
        if (entries < 0 || 8L * entries > reader.BaseStream.Length)
        {
            throw new InvalidDataException($"{what}: {entries} entries do not fit the file");
        }

        var neighbors = new Signals.ItemNeighbors(ReadArray<int>(reader, items + 1), ReadArray<int>(reader, entries), ReadArray<float>(reader, entries));
        CheckCsr(neighbors.Offsets, neighbors.Neighbors, items, what);
        return neighbors;
    }

    /// <summary>Checks CSR offsets (0, non-decreasing, ending at the entry count) and that indexes lie in [min, bound).</summary>
    public static void CheckCsr(int[] offsets, int[] indexes, int bound, string what)
    {
        if (offsets[0] != 0 || offsets[^1] != indexes.Length)
        {
            throw new InvalidDataException($"{what}: offsets do not span the {indexes.Length} entries.");
        }

        for (var row = 1; row < offsets.Length; row++)
        {
            if (offsets[row] < offsets[row - 1])
            {
                throw new InvalidDataException($"{what}: offsets decrease at row {row - 1}.");
            }
        }

        CheckRange(indexes, 0, bound, what);
    }

    public static void CheckRange(int[] indexes, int min, int bound, string what)
    {
        foreach (var index in indexes)
        {
            if (index < min || index >= bound)
            {
                throw new InvalidDataException($"{what}: index {index} outside [{min}, {bound}).");
            }
        }
    }
}

using System.Text;
using Loyalty.ML.Recommendations.Signals;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// The recommender's bundle file: a magic and version header, the dimensions, then id maps, catalog columns,
/// factors, popularity, customer histories and also-bought neighbours as raw blocks, and the magic again.
/// Loading reads whole blocks and validates every dimension and index, so a truncated or foreign file is rejected.
/// </summary>
public static class RecommenderModelFile
{
    /// <summary>Name of the recommender file in a bundle folder.</summary>
    public const string FileName = "recommender.bin";
    /// <summary>
    /// Format version written: the personal candidate is a named section at the end, read by the registered candidate
    /// of that name. Version 4 (personal method as a number, item-kNN always stored), 3 (no unit sizes), 2 (no model
    /// choice) and 1 (no fold-in settings) files are still read.
    /// </summary>
    public const int Version = 5;

    // Version 4 files number the personal method and always hold the item-kNN neighbours.
    private const int VersionWithNumberedMethod = 4;

    // Version 3 files have no unit sizes: their up-sell compared list prices.
    private const int VersionWithoutUnits = 3;

    // Version 1 files have no fold-in settings: their models were all fitted with the defaults.
    private const int VersionWithoutFoldIn = 1;

    // Version 2 files have no personal method or item-kNN neighbours: they all served ALS.
    private const int VersionWithoutChoice = 2;
    private const int MaxFactors = 4096;
    private static readonly byte[] Magic = "LOYALREC"u8.ToArray();

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> through a temporary file moved into place, so readers never see a partial file.</summary>
    public static void Write(string path, RecommenderModel model)
    {
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 20), Encoding.UTF8))
        {
            var factors = model.Factors;
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(model.Customers.Count);
            writer.Write(model.Items.Count);
            writer.Write(factors.Factors);
            writer.Write(model.Categories.Count);
            writer.Write(model.History.Items.Length);
            writer.Write(model.AlsoBought.Neighbors.Length);
            writer.Write((int)model.AlsoBoughtMethod);
            writer.Write(model.AsOf.Ticks);
            writer.Write(model.FoldIn.Regularization);
            writer.Write(model.FoldIn.Alpha);
            writer.Write((int)model.FoldIn.Confidence);
            writer.Write(model.FoldIn.Epsilon);
            writer.Write(model.FoldIn.RecencyHalfLifeDays);
            BinarySections.WriteIds(writer, model.Customers.Ids);
            BinarySections.WriteIds(writer, model.Items.Ids);
            BinarySections.WriteIds(writer, model.Categories.Ids);
            BinarySections.WriteOptionalStrings(writer, model.ItemNames);
            BinarySections.WriteArray<int>(writer, model.ItemCategory);
            BinarySections.WriteArray<float>(writer, model.ItemPrice);
            BinarySections.WriteArray<float>(writer, factors.Customers);
            BinarySections.WriteArray<float>(writer, factors.Items);
            BinarySections.WriteArray<float>(writer, model.Popularity);
            var history = model.History;
            BinarySections.WriteArray<int>(writer, history.Offsets);
            BinarySections.WriteArray<int>(writer, history.Items);
            BinarySections.WriteArray<int>(writer, history.LastDay);
            BinarySections.WriteArray<int>(writer, history.Days);
            BinarySections.WriteArray<float>(writer, history.GapDays);
            BinarySections.WriteArray<float>(writer, history.UsualPrice);
            BinarySections.WriteArray<int>(writer, model.AlsoBought.Offsets);
            BinarySections.WriteArray<int>(writer, model.AlsoBought.Neighbors);
            BinarySections.WriteArray<float>(writer, model.AlsoBought.Scores);
            writer.Write(model.ItemUnitSize.Length > 0);
            if (model.ItemUnitSize.Length > 0)
            {
                BinarySections.WriteArray<float>(writer, model.ItemUnitSize);
                BinarySections.WriteOptionalStrings(writer, model.ItemUnit.Length > 0 ? model.ItemUnit : new string?[model.Items.Count]);
            }

            writer.Write(model.Personal.Name);
            model.Personal.Write(writer);
            writer.Write(Magic);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads and validates the file; throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static RecommenderModel Read(string path)
    {
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20), Encoding.UTF8);
            return ReadModel(reader);
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException($"{path}: not a valid recommender file ({error.Message})", error);
        }
    }

    private static RecommenderModel ReadModel(BinaryReader reader)
    {
        CheckMagic(reader, "header");
        var version = reader.ReadInt32();
        if (version is not (Version or VersionWithNumberedMethod or VersionWithoutUnits or VersionWithoutChoice or VersionWithoutFoldIn))
        {
            throw new InvalidDataException($"version {version}, this build reads version {Version}");
        }

        var customers = Count(reader, "customers");
        var items = Count(reader, "items");
        var k = Count(reader, "factors");
        if (k is < 1 or > MaxFactors)
        {
            throw new InvalidDataException($"factors {k} outside [1, {MaxFactors}]");
        }

        var categoryCount = Count(reader, "categories");
        var historyEntries = Count(reader, "history entries");
        var neighborEntries = Count(reader, "neighbour entries");
        var method = reader.ReadInt32();
        if (!Enum.IsDefined((AlsoBoughtMethod)method))
        {
            throw new InvalidDataException($"unknown also-bought method {method}");
        }

        var asOf = new DateTime(reader.ReadInt64());
        var foldIn = version == VersionWithoutFoldIn ? FoldInSettings.Defaults : ReadFoldIn(reader);
        var (personal, blendWeight, knnEntries) = version is VersionWithoutUnits or VersionWithNumberedMethod ? ReadChoice(reader) : (0, 0.5f, -1);
        var blocks = 4L * ((2L * items) + ((long)(customers + items) * k) + items + (customers + 1) + (4L * historyEntries) + customers + (items + 1) + (2L * neighborEntries));
        var itemKnn = ItemNeighbors.Empty(items);
        if (blocks > reader.BaseStream.Length)
        {
            throw new InvalidDataException($"the dimensions need {blocks} bytes, the file has {reader.BaseStream.Length}");
        }

        var customerIds = BinarySections.ReadIds(reader, customers, "customer ids");
        var itemIds = BinarySections.ReadIds(reader, items, "item ids");
        var categories = BinarySections.ReadIds(reader, categoryCount, "categories");
        var names = BinarySections.ReadOptionalStrings(reader, items);
        var itemCategory = BinarySections.ReadArray<int>(reader, items);
        BinarySections.CheckRange(itemCategory, -1, categoryCount, "item categories");
        var price = BinarySections.ReadArray<float>(reader, items);
        var factors = new AlsFactors(customers, items, k, BinarySections.ReadArray<float>(reader, checked(customers * k)), BinarySections.ReadArray<float>(reader, checked(items * k)));
        var popularity = BinarySections.ReadArray<float>(reader, items);
        var history = ReadHistory(reader, customers, items, historyEntries);
        var neighbors = new ItemNeighbors(BinarySections.ReadArray<int>(reader, items + 1), BinarySections.ReadArray<int>(reader, neighborEntries), BinarySections.ReadArray<float>(reader, neighborEntries));
        BinarySections.CheckCsr(neighbors.Offsets, neighbors.Neighbors, items, "also-bought neighbours");
        if (knnEntries >= 0)
        {
            itemKnn = new ItemNeighbors(BinarySections.ReadArray<int>(reader, items + 1), BinarySections.ReadArray<int>(reader, knnEntries), BinarySections.ReadArray<float>(reader, knnEntries));
            BinarySections.CheckCsr(itemKnn.Offsets, itemKnn.Neighbors, items, "item-kNN neighbours");
        }

        var (unitSize, unit) = version >= VersionWithNumberedMethod && reader.ReadBoolean() ? ReadUnits(reader, items) : ([], []);
        var part = version == Version ? ReadPersonal(reader, items) : LegacyPersonal.Part(personal, blendWeight, itemKnn, popularity);
        CheckMagic(reader, "end marker");
        return new RecommenderModel
        {
            Customers = customerIds,
            Items = itemIds,
            ItemNames = names,
            ItemCategory = itemCategory,
            Categories = categories,
            ItemPrice = price,
            ItemUnitSize = unitSize,
            ItemUnit = unit,
            Factors = factors,
            Popularity = popularity,
            History = history,
            AlsoBought = neighbors,
            AlsoBoughtMethod = (AlsoBoughtMethod)method,
            AsOf = asOf,
            FoldIn = foldIn,
            Personal = part,
        };
    }

    private static Candidates.IPersonalPart ReadPersonal(BinaryReader reader, int items)
    {
        var name = reader.ReadString();
        var candidate = Candidates.PersonalCandidates.Find(name) ?? throw new InvalidDataException($"unknown personal candidate '{name}' (this build knows {string.Join(", ", MethodNames.Personal)})");
        return candidate.Read(reader, items);
    }

    private static (int Personal, float BlendWeight, int KnnEntries) ReadChoice(BinaryReader reader)
    {
        var personal = reader.ReadInt32();
        var weight = reader.ReadSingle();
        var entries = Count(reader, "item-kNN entries");
        if (!LegacyPersonal.IsDefined(personal) || !(weight is >= 0 and <= 1))
        {
            throw new InvalidDataException($"personal method {personal} or blend weight {weight} out of range");
        }

        return (personal, weight, entries);
    }

    private static (float[] UnitSize, string?[] Unit) ReadUnits(BinaryReader reader, int items)
    {
        var sizes = BinarySections.ReadArray<float>(reader, items);
        if (sizes.Any(size => !(float.IsFinite(size) && size >= 0)))
        {
            throw new InvalidDataException("a unit size is negative or not finite");
        }

        return (sizes, BinarySections.ReadOptionalStrings(reader, items));
    }

    private static FoldInSettings ReadFoldIn(BinaryReader reader)
    {
        var settings = new FoldInSettings(reader.ReadSingle(), reader.ReadSingle(), (ConfidenceScaling)reader.ReadInt32(), reader.ReadSingle(), reader.ReadDouble());
        if (!Enum.IsDefined(settings.Confidence) || !(float.IsFinite(settings.Regularization) && float.IsFinite(settings.Alpha) && float.IsFinite(settings.Epsilon) && double.IsFinite(settings.RecencyHalfLifeDays)))
        {
            throw new InvalidDataException($"fold-in settings out of range: {settings}");
        }

        return settings;
    }

    private static CustomerHistory ReadHistory(BinaryReader reader, int customers, int items, int entries)
    {
        var offsets = BinarySections.ReadArray<int>(reader, customers + 1);
        var itemOf = BinarySections.ReadArray<int>(reader, entries);
        BinarySections.CheckCsr(offsets, itemOf, items, "customer history");
        return new CustomerHistory(
            offsets,
            itemOf,
            BinarySections.ReadArray<int>(reader, entries),
            BinarySections.ReadArray<int>(reader, entries),
            BinarySections.ReadArray<float>(reader, entries),
            BinarySections.ReadArray<float>(reader, customers));
    }

    private static int Count(BinaryReader reader, string what)
    {
        var value = reader.ReadInt32();
        return value >= 0 ? value : throw new InvalidDataException($"negative {what} count {value}");
    }

    private static void CheckMagic(BinaryReader reader, string where)
    {
        Span<byte> read = stackalloc byte[Magic.Length];
        reader.BaseStream.ReadExactly(read);
        if (!read.SequenceEqual(Magic))
        {
            throw new InvalidDataException($"bad magic at the {where}");
        }
    }
}

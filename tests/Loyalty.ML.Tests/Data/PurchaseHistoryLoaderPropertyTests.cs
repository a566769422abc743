using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsCheck;
using Loyalty.ML.Data;

namespace Loyalty.ML.Tests.Data;

/// <summary>
/// Mutation testing of the loader: a valid export, plain or gzip, is cut, has a byte changed, inserted or
/// removed, and loaded. The load never crashes with anything but a <see cref="DataLoadException"/> (naming the
/// file) or a <see cref="SanityGateException"/>; when it succeeds every row is accounted for; and damage is
/// never accepted silently.
/// </summary>
public sealed class PurchaseHistoryLoaderPropertyTests : IDisposable
{
    private const string Header = "customer_id,item_id,order_id,timestamp,quantity,unit_price,item_name";
    private static readonly LoadOptions Options = new()
    {
        MaxMalformedFraction = 1,
        AllowedGates = new HashSet<string>(["late_last_day", "ambiguous_dates"], StringComparer.Ordinal),
    };

    // Mutations: cut the file at a byte, change it, insert one before it, or remove a run starting at it.
    private const int Cut = 0;
    private const int Change = 1;
    private const int Insert = 2;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_MutatedExport_FailsNamingTheFileOrAccountsForTheDamage()
    {
        var cases = Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[1, 255], Gen.Bool);

        cases.Sample((seed, mutation, at, value, gzip) => Check(seed, mutation, at, (byte)value, gzip), iter: 300, threads: 1);
    }

    private void Check(int seed, int mutation, double at, byte value, bool gzip)
    {
        var content = Export(seed);
        var original = Encode(content, gzip);
        var position = (int)(at * (original.Length - 1));
        var damaged = Mutate(original, mutation, position, value);
        var path = _folder.Combine($"t{seed}-{mutation}-{position}-{value}{(gzip ? ".csv.gz" : ".csv")}");
        File.WriteAllBytes(path, damaged);
        var baseline = PurchaseHistoryLoader.Load(new DataSources(Write(content, gzip)), Options).Report;

        DataReport report;
        try
        {
            report = PurchaseHistoryLoader.Load(new DataSources(path), Options).Report;
        }
        catch (DataLoadException error)
        {
            Assert.Equal(path, error.File);
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
            return;
        }
        catch (SanityGateException error)
        {
            Assert.NotEmpty(error.Blocking);
            return;
        }

        Assert.Equal(report.RowsRead, report.Outcomes.Values.Sum());
        Assert.Equal(report.RowsRead, report.RowsAccepted + report.RowsExcluded + report.RowsMalformed);
        if (gzip || damaged.AsSpan().SequenceEqual(original))
        {
            // A gzip file that still loads must have decompressed to the same text (a change in the header's time stamp or OS byte is no damage).
            Assert.Equal(baseline.Outcomes, report.Outcomes);
        }
        else if (mutation == Cut && position > 0 && damaged[^1] != (byte)'\n')
        {
            Assert.True(report.RowsMalformed > 0 || report.Notes.Count > 0, $"a file cut at byte {position} loaded without a malformed row or a note");
        }
    }

    private string Write(string content, bool gzip)
    {
        var path = _folder.Combine($"original{(gzip ? ".csv.gz" : ".csv")}");
        File.WriteAllBytes(path, Encode(content, gzip));
        return path;
    }

    private static byte[] Encode(string content, bool gzip)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        if (!gzip)
        {
            return bytes;
        }

        using var buffer = new MemoryStream();
        using (var stream = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            stream.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static byte[] Mutate(byte[] bytes, int mutation, int position, byte value) => mutation switch
    {
        Cut => bytes[..position],
        Change => [.. bytes[..position], (byte)(bytes[position] ^ value), .. bytes[(position + 1)..]],
        Insert => [.. bytes[..position], value, .. bytes[position..]],
        _ => [.. bytes[..position], .. bytes[Math.Min(bytes.Length, position + 1 + value)..]],
    };

    /// <summary>A small export with quoted names, returns and guest checkouts, fixed by <paramref name="seed"/>.</summary>
    private static string Export(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(Header).Append('\n');
        var rows = random.Next(20, 200);
        for (var i = 0; i < rows; i++)
        {
            var time = new DateTime(2024, 1, 1).AddMinutes(random.Next(0, 360 * 24 * 60));
            var customer = random.Next(10) == 0 ? string.Empty : $"c{random.Next(50)}";
            var quantity = random.Next(10) == 0 ? -1 : random.Next(1, 12);
            var name = random.Next(4) == 0 ? $"\"Mug, {random.Next(9)}\"\" tall\"" : $"Mug {random.Next(9)}";
            text.Append(CultureInfo.InvariantCulture, $"{customer},i{random.Next(30)},o{i / 2},{time:yyyy-MM-dd HH:mm:ss},{quantity},{random.Next(1, 5000) / 100.0:0.00},{name}\n");
        }

        return text.ToString();
    }
}

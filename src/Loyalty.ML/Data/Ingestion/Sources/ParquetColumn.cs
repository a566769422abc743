using System.Globalization;
using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>
/// One column of one Parquet row group, read when a row first asks for it. Strings stay in the
/// reader's buffers (no string per value); numbers and times are widened to double and DateTime.
/// </summary>
internal sealed class ParquetColumn : IDisposable
{
    private readonly RawColumnData? _strings;
    private readonly int[]? _valueIndex;
    private readonly double[]? _numbers;
    private readonly DateTime[]? _times;
    private readonly bool[]? _flags;
    private readonly char[] _scratch = new char[48];

    private ParquetColumn(RawColumnData? strings, int[]? valueIndex, double[]? numbers, DateTime[]? times, bool[]? flags)
    {
        _strings = strings;
        _valueIndex = valueIndex;
        _numbers = numbers;
        _times = times;
        _flags = flags;
    }

    public static ParquetColumn Load(ParquetRowGroupReader group, DataField field, string path)
    {
        if (field.IsArray || field.MaxRepetitionLevel > 0)
        {
            throw new DataLoadException(path, null, $"column '{field.Name}' holds lists; only flat columns can be read.");
        }

        var raw = group.ReadRawColumnDataBaseAsync(field).GetAwaiter().GetResult();
        var valueIndex = field.MaxDefinitionLevel > 0 ? ValueIndex(raw.DefinitionLevels, field.MaxDefinitionLevel) : null;
        if (raw is RawColumnData<ReadOnlyMemory<char>>)
        {
            return new ParquetColumn(raw, valueIndex, null, null, null);
        }

        using (raw)
        {
            return raw switch
            {
                RawColumnData<DateTime> data => new(null, valueIndex, null, data.Values.ToArray(), null),
                RawColumnData<DateTimeOffset> data => new(null, valueIndex, null, Convert(data.Values, v => v.UtcDateTime), null),
                RawColumnData<DateOnly> data => new(null, valueIndex, null, Convert(data.Values, v => v.ToDateTime(TimeOnly.MinValue)), null),
                RawColumnData<bool> data => new(null, valueIndex, null, null, data.Values.ToArray()),
                RawColumnData<double> data => new(null, valueIndex, data.Values.ToArray(), null, null),
                RawColumnData<float> data => Numbers(data.Values, valueIndex),
                RawColumnData<decimal> data => Numbers(data.Values, valueIndex),
                RawColumnData<long> data => Numbers(data.Values, valueIndex),
                RawColumnData<int> data => Numbers(data.Values, valueIndex),
                RawColumnData<short> data => Numbers(data.Values, valueIndex),
                RawColumnData<sbyte> data => Numbers(data.Values, valueIndex),
                RawColumnData<byte> data => Numbers(data.Values, valueIndex),
                RawColumnData<ushort> data => Numbers(data.Values, valueIndex),
                RawColumnData<uint> data => Numbers(data.Values, valueIndex),
                RawColumnData<ulong> data => Numbers(data.Values, valueIndex),
                _ => throw new DataLoadException(path, null, $"column '{field.Name}' has Parquet type {field.ClrType.Name}, which the loader cannot read."),
            };
        }
    }

    public ReadOnlySpan<char> Text(int row)
    {
        var index = Index(row);
        if (index < 0)
        {
            return [];
        }

        if (_strings is RawColumnData<ReadOnlyMemory<char>> text)
        {
            return text.Values[index].Span;
        }

        var formatted = _numbers is not null ? _numbers[index].TryFormat(_scratch, out var written, "R", CultureInfo.InvariantCulture)
            : _times is not null ? _times[index].TryFormat(_scratch, out written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)
            : _flags![index].TryFormat(_scratch, out written);
        return formatted ? _scratch.AsSpan(0, written) : [];
    }

    public bool TryGetNumber(int row, out double value)
    {
        var index = Index(row);
        value = _numbers is not null && index >= 0 ? _numbers[index] : 0;
        return _numbers is not null && index >= 0;
    }

    public bool TryGetTime(int row, out DateTime value)
    {
        var index = Index(row);
        value = _times is not null && index >= 0 ? _times[index] : default;
        return _times is not null && index >= 0;
    }

    public void Dispose() => _strings?.Dispose();

    private int Index(int row) => _valueIndex is null ? row : _valueIndex[row];

    private static int[] ValueIndex(ReadOnlySpan<int> definitionLevels, int maxLevel)
    {
        var index = new int[definitionLevels.Length];
        var next = 0;
        for (var row = 0; row < index.Length; row++)
        {
            index[row] = definitionLevels[row] == maxLevel ? next++ : -1;
        }

        return index;
    }

    private static ParquetColumn Numbers<T>(Span<T> values, int[]? valueIndex)
        where T : struct, System.Numerics.INumberBase<T> =>
        new(null, valueIndex, Convert(values, v => double.CreateChecked(v)), null, null);

    private static TResult[] Convert<T, TResult>(Span<T> values, Func<T, TResult> convert)
    {
        var result = new TResult[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = convert(values[i]);
        }

        return result;
    }
}

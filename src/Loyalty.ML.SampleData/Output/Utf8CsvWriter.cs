using System.Globalization;
using System.Text;

namespace Loyalty.ML.SampleData.Output;

/// <summary>
/// Writes CSV fields as UTF-8 straight into a large buffer: no string per field, so tens of millions of
/// lines go to disk at the speed of the disk. Fields are written as given; callers write only values
/// that need no quoting (ids, numbers, dates, names without commas).
/// </summary>
internal sealed class Utf8CsvWriter : IDisposable
{
    private const int BufferSize = 1 << 20;
    private const int MaxField = 256;
    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _position;

    public Utf8CsvWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
    }

    public void Text(string value)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        _position += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position));
    }

    public void Byte(byte value)
    {
        Reserve(1);
        _buffer[_position++] = value;
    }

    public void Comma() => Byte((byte)',');

    public void EndLine() => Byte((byte)'\n');

    public void Integer(long value, int width = 0)
    {
        Reserve(MaxField);
        value.TryFormat(_buffer.AsSpan(_position), out var written, width > 0 ? Padding(width) : default, CultureInfo.InvariantCulture);
        _position += written;
    }

    /// <summary>A non-negative amount of cents as a decimal with two places (1299 → 12.99).</summary>
    public void Cents(int cents)
    {
        Integer(cents / 100);
        Byte((byte)'.');
        Integer(cents % 100, 2);
    }

    public void Date(DateOnly date)
    {
        Reserve(10);
        Digits(date.Year, 4);
        _buffer[_position++] = (byte)'-';
        Digits(date.Month, 2);
        _buffer[_position++] = (byte)'-';
        Digits(date.Day, 2);
    }

    /// <summary>ISO-8601 local time to the second: 2025-03-01T14:05:09.</summary>
    public void DateTime(DateTime time)
    {
        Date(DateOnly.FromDateTime(time));
        Reserve(9);
        _buffer[_position++] = (byte)'T';
        Digits(time.Hour, 2);
        _buffer[_position++] = (byte)':';
        Digits(time.Minute, 2);
        _buffer[_position++] = (byte)':';
        Digits(time.Second, 2);
    }

    public void Dispose()
    {
        Flush();
        _stream.Dispose();
    }

    private void Digits(int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            _buffer[_position + i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        _position += width;
    }

    private void Reserve(int bytes)
    {
        if (_position + bytes > BufferSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _stream.Write(_buffer, 0, _position);
        _position = 0;
    }

    private static ReadOnlySpan<char> Padding(int width) => width switch
    {
        2 => "D2",
        5 => "D5",
        6 => "D6",
        7 => "D7",
        8 => "D8",
        _ => "D" + width.ToString(CultureInfo.InvariantCulture),
    };
}

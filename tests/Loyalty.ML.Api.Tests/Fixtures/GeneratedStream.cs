using System.Text;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// A read-only stream made as it is read (a prefix, one piece repeated, a suffix), at most <paramref name="maxRead"/>
/// bytes a read, counting what was read: 27 MB without holding them, and how much of it a reader took.
/// </summary>
public sealed class GeneratedStream(string prefix, string piece, long repeat, string suffix, int maxRead = 64 * 1024) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] _piece = Encoding.UTF8.GetBytes(piece);
    private readonly byte[] _suffix = Encoding.UTF8.GetBytes(suffix);
    private long _position;

    /// <summary>Bytes read so far.</summary>
    public long Taken => _position;

    /// <inheritdoc />
    public override long Length => _prefix.Length + (_piece.Length * repeat) + _suffix.Length;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        count = Math.Min(count, maxRead);
        while (written < count && _position < Length)
        {
            buffer[offset + written++] = ByteAt(_position++);
        }

        return written;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long position)
    {
        if (position < _prefix.Length)
        {
            return _prefix[position];
        }

        var inPieces = position - _prefix.Length;
        return inPieces < _piece.Length * repeat ? _piece[inPieces % _piece.Length] : _suffix[inPieces - (_piece.Length * repeat)];
    }
}

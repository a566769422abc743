using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>
/// Decompresses a gzip file and, at its end, checks what came out against the file's trailer (CRC32 and
/// length of the content). <see cref="GZipStream"/> ends quietly when the compressed data stops early, so a
/// cut file would otherwise read as a shorter, valid one. A file of several gzip members (<c>cat a.gz b.gz</c>)
/// fails the check too: its last trailer covers only the last member.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private const int TrailerSize = 8;
    private const int MinimumFileSize = 18;
    private readonly FileStream _file;
    private readonly GZipStream _gzip;
    private readonly Crc32 _crc = new();
    private long _length;
    private bool _checked;

    public CheckedGzipStream(FileStream file)
    {
        _file = file;
        _gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _gzip.Read(buffer);
        if (read > 0)
        {
            _crc.Append(buffer[..read]);
            _length += read;
        }
        else if (buffer.Length > 0 && !_checked)
        {
            _checked = true;
            CheckTrailer();
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckTrailer()
    {
        if (_file.Length < MinimumFileSize)
        {
            throw new InvalidDataException($"the gzip file is cut short: {_file.Length} bytes is less than a gzip header and trailer.");
        }

        Span<byte> trailer = stackalloc byte[TrailerSize];
        RandomAccess.Read(_file.SafeFileHandle, trailer, _file.Length - TrailerSize);
        var expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var expectedSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        var crc = _crc.GetCurrentHashAsUInt32();
        if (crc != expectedCrc || (uint)_length != expectedSize)
        {
            throw new InvalidDataException(
                $"the gzip data is cut short or damaged: it decompressed to {_length:N0} bytes with CRC32 {crc:x8}, but its trailer says {expectedSize:N0} bytes (mod 2^32) with CRC32 {expectedCrc:x8}. Copy the file again; a file of several gzip members must be recompressed as one.");
        }
    }
}

using System.Runtime.CompilerServices;

namespace Loyalty.ML.Core;

/// <summary>
/// The time of each line of a <see cref="TransactionLines"/>. Exports stamp lines in whole seconds, so the column
/// keeps them as seconds from the first line's second, 4 bytes a line. A time it cannot hold that way (a fraction of
/// a second, a kind other than the first line's, a local time, or more than 68 years from the first line) turns the
/// column into whole times, 8 bytes a line: every line reads back exactly the time it was added with.
/// </summary>
public sealed class TimeColumn
{
    private int[] _seconds;
    private DateTime[]? _exact;
    private long _originTicks;
    private DateTimeKind _kind;
    private bool _hasOrigin;

    internal TimeColumn(int capacity) => _seconds = new int[capacity];

    /// <summary>Time of line <paramref name="line"/>.</summary>
    public DateTime this[int line]
    {
        // Read per line in the fits' loops, where an array read was before.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _exact is { } exact ? exact[line] : new DateTime(_originTicks + (_seconds[line] * TimeSpan.TicksPerSecond), _kind);
    }

    /// <summary>True once a time needed the 8-byte form.</summary>
    internal bool IsExact => _exact is not null;

    /// <summary>Sets line <paramref name="line"/>, the next after the <paramref name="line"/> lines set before it.</summary>
    internal void Append(int line, DateTime time)
    {
        if (_exact is { } exact)
        {
            exact[line] = time;
            return;
        }

        if (!_hasOrigin)
        {
            _originTicks = time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond);
            _kind = time.Kind;
            _hasOrigin = true;
        }

        var offset = time.Ticks - _originTicks;
        var seconds = offset / TimeSpan.TicksPerSecond;
        if (time.Kind == _kind && _kind != DateTimeKind.Local && offset % TimeSpan.TicksPerSecond == 0 && seconds is >= int.MinValue and <= int.MaxValue)
        {
            _seconds[line] = (int)seconds;
            return;
        }

        Widen(line)[line] = time;
    }

    /// <summary>Grows or shrinks the column to <paramref name="capacity"/> lines, keeping the first ones.</summary>
    internal void Resize(int capacity)
    {
        if (_exact is not null)
        {
            Array.Resize(ref _exact, capacity);
            return;
        }

        Array.Resize(ref _seconds, capacity);
    }

    private DateTime[] Widen(int count)
    {
        var exact = new DateTime[_seconds.Length];
        for (var line = 0; line < count; line++)
        {
            exact[line] = this[line];
        }

        _exact = exact;
        _seconds = [];
        return exact;
    }
}

namespace Loyalty.ML.Api.Logging;

/// <summary>
/// One failure that repeats, logged in aggregate: the first occurrence is let through at once, then at most one line
/// per interval, carrying how many occurred since the last line. A flood of the same failure (a bad key per request,
/// a Redis that is down for every post) then costs a log line per interval, not one per request.
/// </summary>
internal sealed class LogThrottle(TimeSpan interval, TimeProvider time)
{
    private readonly long _interval = (long)(interval.TotalSeconds * time.TimestampFrequency);
    private long _pending;
    private long _nextLine = long.MinValue;

    /// <summary>The interval between lines.</summary>
    public TimeSpan Interval => interval;

    /// <summary>Counts one occurrence; returns how many to report when a line is due now (this one included), else 0.</summary>
    public long Count(long occurrences = 1)
    {
        Interlocked.Add(ref _pending, occurrences);
        var now = time.GetTimestamp();
        var due = Volatile.Read(ref _nextLine);
        return now < due || Interlocked.CompareExchange(ref _nextLine, now + _interval, due) != due ? 0 : Interlocked.Exchange(ref _pending, 0);
    }
}

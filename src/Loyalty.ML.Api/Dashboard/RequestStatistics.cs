namespace Loyalty.ML.Api.Dashboard;

/// <summary>Requests this process answered and how many failed, since it started: the dashboard's live request figures.</summary>
internal sealed class RequestStatistics(TimeProvider time)
{
    private long _requests;
    private long _serverErrors;

    /// <summary>When counting started.</summary>
    public DateTimeOffset Since { get; } = time.GetUtcNow();

    /// <summary>Requests answered.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests answered with a 5xx status.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>Counts one answered request with <paramref name="status"/>.</summary>
    public void Count(int status)
    {
        Interlocked.Increment(ref _requests);
        if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
    }
}

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Wakes a polling loop early. The loop arms it before it reads, so a notice that arrives during the read ends the
/// wait after it at once; notices while nobody waits collapse into one.
/// </summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task the next <see cref="Set"/> completes.</summary>
    public Task Arm()
    {
        var current = Volatile.Read(ref _next);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }

        return Volatile.Read(ref _next).Task;
    }

    /// <summary>Ends the current wait.</summary>
    public void Set() => Volatile.Read(ref _next).TrySetResult();

    /// <summary>Waits for <paramref name="armed"/> or <paramref name="timeout"/>, whichever is first.</summary>
    public static async Task WaitAsync(Task armed, TimeSpan timeout, TimeProvider time, CancellationToken cancellation)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var delay = Task.Delay(timeout, time, timer.Token);
        await Task.WhenAny(armed, delay);
        await timer.CancelAsync();
    }
}

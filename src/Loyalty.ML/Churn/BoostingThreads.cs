namespace Loyalty.ML.Churn;

/// <summary>
/// Starts work that fits boosted trees on a thread of its own. FastTree grows one fit's trees at a time in a process,
/// under its own lock, and hands each tree's split search to thread-pool tasks. A pool thread waiting for that lock
/// tells the pool nothing, so with every pool thread waiting, the fit that holds the lock waits for its own tasks
/// until the pool adds a thread (about half a second each time; a core idle for about one second of churn's seven on
/// 1M lines). Fits that wait for the lock on threads of their own leave the pool to the fit that holds it.
/// </summary>
internal static class BoostingThreads
{
    /// <summary>Runs <paramref name="work"/> on a new thread; the task ends with its result or its exception.</summary>
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs <paramref name="work"/> on a new thread; the task ends when it returns or throws.</summary>
    public static Task Start(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}

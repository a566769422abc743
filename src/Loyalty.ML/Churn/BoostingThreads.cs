using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Loyalty.ML.Churn;

/// <summary>
/// Where boosted-tree fits and the work that waits for them run. FastTree grows one fit's trees at a time in a process,
/// under its own lock, and hands each split's work to thread-pool tasks it waits for at once. Work that waits for fits
/// (the evaluation, the in-time folds) starts on threads of its own (<see cref="Start{T}"/>), so waiting never holds a
/// pool thread; the fits themselves run on pool threads, a few at a time (<see cref="Fit{T}"/>).
/// </summary>
internal static class BoostingThreads
{
    // One fit growing its trees and one converting its examples (or waiting for FastTree's lock) are all that can make
    // progress at once; a third would only hold another pool thread, blocked.
    private const int FitsOnThePool = 2;

    private static readonly SemaphoreSlim PoolSlots = new(FitsOnThePool, FitsOnThePool);

    // ML.NET sizes FastTree's split search once a process, from the first trainer built (its ThreadTaskManager keeps the
    // first count), whatever later trainers ask.
    private static readonly Lazy<FastTreeBinaryTrainer> EveryCore = new(() =>
        new MLContext().BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options { NumberOfThreads = Environment.ProcessorCount }));

    /// <summary>
    /// Makes every FastTree fit of the process search its splits on every core, once, before the first churn trainer is
    /// built. The fits run one at a time under FastTree's lock, so one thread each left a core idle whenever nothing else
    /// was ready beside the boosting; each feature's best split is searched on its own and the best of them chosen in
    /// feature order, so the trees are the same bits on any number of threads. The churn trainers still ask for one
    /// thread, the setting their model files record.
    /// </summary>
    public static void SearchSplitsOnEveryCore() => _ = EveryCore.Value;

    /// <summary>
    /// Runs <paramref name="fit"/> on a pool thread once fewer than two fits are there, and waits for it. FastTree waits
    /// for each split's tasks (Task.Run, Parallel.Invoke) at once. A pool thread runs a task it queued itself when no
    /// other thread took it first; any other thread must wait until a pool thread is scheduled to run it. On a machine
    /// busy with other processes that is a scheduler time slice per split: the churn stage of a 6,000-line history took
    /// 23 times its idle time beside six busy loops on its core, where a fair share is seven.
    /// </summary>
    public static T Fit<T>(Func<T> fit)
    {
        PoolSlots.Wait();
        try
        {
            return Task.Run(fit).GetAwaiter().GetResult();
        }
        finally
        {
            PoolSlots.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a new thread; the task ends with its result or its exception.</summary>
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs <paramref name="work"/> on a new thread; the task ends when it returns or throws.</summary>
    public static Task Start(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}

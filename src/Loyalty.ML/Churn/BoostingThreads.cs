using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

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

    /// <summary>Runs <paramref name="work"/> on a new thread; the task ends with its result or its exception.</summary>
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs <paramref name="work"/> on a new thread; the task ends when it returns or throws.</summary>
    public static Task Start(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}

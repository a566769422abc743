using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.Recommendations.Ease;
using MathNet.Numerics.LinearAlgebra;

namespace Loyalty.ML.Benchmarks.Commands;

/// <summary>
/// <c>bench-ease</c>: EASE's dense item × item solve at several catalog sizes: time and memory of the in-place SPD
/// inverse (<see cref="SpdInverse"/>) on a Gram matrix XᵀX + λI of random baskets, against MathNet.Numerics' managed
/// Cholesky solve of the same matrix at the smallest size (the baseline, measured in the same run). The item limit
/// of <see cref="EaseOptions.DefaultMaxItems"/> is set from these figures.
/// </summary>
internal static class BenchEaseCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--items") { DefaultValueFactory = _ => "5000,10000,20000", Description = "Catalog sizes to time, comma-separated." };
        var baseline = new Option<int>("--baseline-items") { DefaultValueFactory = _ => 1000, Description = "Size at which MathNet's Cholesky solve is timed against ours." };
        var threads = new Option<int>("--threads") { DefaultValueFactory = _ => Environment.ProcessorCount, Description = "Threads of our inverse." };
        var blocks = new Option<int>("--max-blocks") { DefaultValueFactory = _ => int.MaxValue, Description = $"Time at most this many blocks of {SpdInverse.Block} pivots per size and scale to the whole inverse (every block does the same work); default all." };
        var command = new Command("bench-ease", "Time and memory of EASE's item × item solve by catalog size, against MathNet's Cholesky.") { sizes, baseline, threads, blocks };
        command.SetAction(result => Run(
            [.. result.GetRequiredValue(sizes).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(text => int.Parse(text, CultureInfo.InvariantCulture))],
            result.GetValue(baseline),
            result.GetValue(threads),
            result.GetValue(blocks)));
        return command;
    }

    private static int Run(int[] sizes, int baselineItems, int threads, int maxBlocks)
    {
        var ours = Time(() => SpdInverse.Invert(Gram(baselineItems), baselineItems, threads));
        var gram = Gram(baselineItems);
        var mathNet = Time(() => Matrix<float>.Build.Dense(baselineItems, baselineItems, gram).Cholesky().Solve(Matrix<float>.Build.DenseIdentity(baselineItems)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{baselineItems:N0} items: ours {ours:F2}s, MathNet managed Cholesky solve {mathNet:F2}s: {mathNet / ours:F1}x faster ({threads} threads; the machine is shared, so wall times are noisy)"));
        foreach (var items in sizes)
        {
            var matrix = Gram(items);
            var total = (items + SpdInverse.Block - 1) / SpdInverse.Block;
            var timed = Math.Min(total, maxBlocks);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var seconds = Time(() => SpdInverse.SweepBlocks(matrix, items, threads, timed)) * total / timed;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds * total / timed;
            var flops = 2.0 * items * items * items;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{items,6:N0} items: inverse {seconds,7:F1}s wall, {cpuSeconds,7:F1}s CPU ({flops / cpuSeconds / 1e9:F1} GFLOP/s per busy core){(timed < total ? $", scaled from {timed} of {total} blocks" : "")}; matrix {4.0 * items * items / 1e6:N0} MB, process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB"));
        }

        return 0;
    }

    // XᵀX + λI of one random basket of 30 items per item, skewed to popular items as purchases are.
    private static float[] Gram(int items)
    {
        var random = new Random(42);
        var gram = new float[(long)items * items];
        var basket = new int[30];
        for (var customer = 0; customer < items; customer++)
        {
            for (var slot = 0; slot < basket.Length; slot++)
            {
                basket[slot] = (int)(items * Math.Pow(random.NextDouble(), 2));
            }

            foreach (var a in basket)
            {
                foreach (var b in basket)
                {
                    gram[((long)a * items) + b]++;
                }
            }
        }

        for (var item = 0; item < items; item++)
        {
            gram[((long)item * items) + item] += 200;
        }

        return gram;
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}

using System.Diagnostics;
using Loyalty.ML.Core;

namespace Loyalty.ML.Training.Commands;

/// <summary>
/// Prints progress as plain lines with the elapsed time: readable in a terminal, in CI logs and when
/// piped, where redrawn progress bars would be lost. A step's fractions print at most every 2 seconds.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output) : IProgress<TrainingProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastPrinted = TimeSpan.MinValue;
    private string? _lastStep;
    private double _lastFraction = double.NaN;

    public void Report(TrainingProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            var repeated = value.Step == _lastStep && value.Fraction == _lastFraction;
            var boundary = value.Fraction is 0 or 1 || value.Step != _lastStep;
            if (repeated || (!boundary && now - _lastPrinted < Interval))
            {
                return;
            }

            _lastPrinted = now;
            _lastStep = value.Step;
            _lastFraction = value.Fraction;
            var detail = value.Message is null ? string.Empty : $"  {value.Message}";
            output.WriteLine($"[{now.TotalSeconds,7:F1}s] {value.Step,-16} {value.Fraction,4:P0}{detail}");
        }
    }
}

using Microsoft.ML;
using Microsoft.ML.Runtime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn;

/// <summary>
/// Lets one boosting fit at a time turn its examples into FastTree's binned columns. FastTree's conversion of a row view
/// copies every feature value into a growing list of (row, double) pairs per feature, several times the examples' own
/// floats, and drops the lists once the bins are built; the run's evaluation and its published model fit side by side,
/// and their two conversions at once were the run's peak on the 2M-line history (churn's fits now give FastTree a
/// column view, <see cref="Features.ColumnwiseExamplesView"/>, converted a feature at a time). One fit's conversion
/// still runs beside another's trees (which FastTree grows one fit at a time in a process, under its own lock).
/// </summary>
internal static class BoostingConversionGate
{
    // FastTree's conversion of a row view (in memory) and of a column view (ColumnwiseExamplesView).
    private static readonly string[] ConversionChannels = ["BinFeatures", "Conversion"];
    private const string ChannelEnd = "Channel disposed";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>
    /// Runs <paramref name="fit"/>, a FastTree fit on <paramref name="ml"/>, once no other fit is converting its examples;
    /// <paramref name="converted"/> runs when this fit's conversion ends, before its trees are grown.
    /// </summary>
    public static T Run<T>(MLContext ml, Func<T> fit, Action? converted = null)
    {
        Gate.Wait();

        // The lists of the conversion before (and whatever else earlier work left dead) are large arrays, freed only in
        // full collections: without one, this conversion's lists are laid on top of them.
        TrainingMemory.Release();
        var held = 1;
        void Open()
        {
            if (Interlocked.Exchange(ref held, 0) == 1)
            {
                Gate.Release();
            }
        }

        void OpenWhenConverted(object? sender, LoggingEventArgs message)
        {
            if (IsConversionEnd(message))
            {
                converted?.Invoke();
                Open();
            }
        }

        ml.Log += OpenWhenConverted;
        try
        {
            return fit();
        }
        finally
        {
            ml.Log -= OpenWhenConverted;
            Open();
        }
    }

    /// <summary>True while no fit is converting its examples.</summary>
    internal static bool IsOpen => Gate.CurrentCount == 1;

    private static bool IsConversionEnd(LoggingEventArgs message) =>
        message.Kind == ChannelMessageKind.Trace
        && message.RawMessage == ChannelEnd
        && ConversionChannels.Any(channel => message.Source.EndsWith(channel, StringComparison.Ordinal));
}

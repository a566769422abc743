using Loyalty.ML.Core;
using Loyalty.ML.Data;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Training.Output;

/// <summary><c>train --json</c>: what was published, from what, the data's counts, the events used, the headline metrics and every gate.</summary>
internal sealed record TrainSummaryDocument(
    string Version,
    string Directory,
    string? Report,
    SourceFingerprint? Source,
    DataCounts Data,
    EventsReport? Events,
    IReadOnlyDictionary<string, double> Headline,
    IReadOnlyList<SanityGate> Gates,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Summary);

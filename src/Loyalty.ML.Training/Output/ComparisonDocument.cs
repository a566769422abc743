using Loyalty.ML.Core;

namespace Loyalty.ML.Training.Output;

/// <summary><c>models compare --json</c>: the two versions, whether they were trained on the same source, the rows and the notes.</summary>
internal sealed record ComparisonDocument(
    string Older,
    string Newer,
    bool SameSource,
    SourceFingerprint? OlderSource,
    SourceFingerprint? NewerSource,
    IReadOnlyList<ComparisonRow> Rows,
    IReadOnlyList<string> Notes);

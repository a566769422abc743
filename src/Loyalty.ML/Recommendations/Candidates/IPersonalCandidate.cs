namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>
/// A way to rank personal lists, as one unit: it fits its part on the inputs of one training window, reads that
/// part back from its section of the model file, and names the settings a search may try for it. Registered once,
/// in <see cref="PersonalCandidates"/>; the evaluation, the choice, tuning, the model file and serving all go
/// through this interface, so a new candidate is one file and one line there.
/// </summary>
internal interface IPersonalCandidate
{
    /// <summary>The name in metrics.json, settings files and the command line (snake_case).</summary>
    string Name { get; }

    /// <summary>Fits the candidate on <paramref name="inputs"/>.</summary>
    IPersonalPart Fit(CandidateInputs inputs);

    /// <summary>Reads the section <see cref="IPersonalPart.Write"/> wrote, for a model of <paramref name="items"/> items; throws <see cref="InvalidDataException"/> when it is damaged.</summary>
    IPersonalPart Read(BinaryReader reader, int items);

    /// <summary>Settings to try when tuning, each a variant of <paramref name="baseline"/> in this candidate's own settings only.</summary>
    IEnumerable<RecommenderOptions> Variants(RecommenderOptions baseline, Tuning.TuningOptions tuning);

    /// <summary>This candidate's settings in <paramref name="options"/>, for logs and metrics.</summary>
    string Describe(RecommenderOptions options);
}

using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>What every file reader of one load shares.</summary>
/// <param name="MaxExamples">Examples kept per outcome.</param>
/// <param name="Window">Plausible dates.</param>
/// <param name="MappingName">The mapping file (or "default mapping"), named when the mapping is at fault.</param>
internal sealed record ReadSettings(int MaxExamples, DateWindow Window, string MappingName);

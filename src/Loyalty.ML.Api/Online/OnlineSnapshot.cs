using Loyalty.ML.Pipeline.Experiments;

namespace Loyalty.ML.Api.Online;

/// <summary>The online figures as last computed, and when.</summary>
internal sealed record OnlineSnapshot(OnlineReport Report, DateTimeOffset ComputedAt, string? CurrentVersion);

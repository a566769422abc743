namespace Loyalty.ML.Api.Serving;

/// <summary>A bundle that failed to load or verify, and why.</summary>
internal sealed record ModelRejection(string Version, string Reason, DateTimeOffset At);

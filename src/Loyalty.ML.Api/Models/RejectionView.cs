namespace Loyalty.ML.Api.Models;

/// <summary>A bundle that was rejected and why.</summary>
public sealed record RejectionView(string Version, string Reason, DateTimeOffset At);

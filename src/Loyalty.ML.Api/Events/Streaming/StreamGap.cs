namespace Loyalty.ML.Api.Events.Streaming;

/// <summary>Events this replica can no longer read from the stream: it was reset (Redis lost it) or trimmed past its position.</summary>
/// <param name="Reset">True when the stream was reset or recreated (the replica then reads the new one from its start), false when trimmed.</param>
/// <param name="Position">The last entry this replica applied.</param>
/// <param name="Description">What happened, with the stream's counts.</param>
internal sealed record StreamGap(bool Reset, string Position, string Description);

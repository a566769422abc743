namespace Loyalty.ML.Data.Events;

/// <summary>
/// Stored events a training run takes as data: the purchases of the store at <paramref name="StorePath"/> dated after
/// the later of <paramref name="After"/> (the previous model's last day) and the transactions file's last day, so a
/// purchase is never counted twice whether an export already holds it or a previous model already took it.
/// </summary>
public sealed record EventSource(string StorePath, DateOnly? After);

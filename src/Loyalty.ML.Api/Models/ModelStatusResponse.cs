namespace Loyalty.ML.Api.Models;

/// <summary>The model being served, which parts it has, the last bundle rejected, if any, and the events applied on top of it.</summary>
public sealed record ModelStatusResponse(
    string Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset LoadedAt,
    IReadOnlyList<string> Parts,
    string? RegistryCurrent,
    RejectionView? Rejected,
    EventsSinceTrainingView EventsSinceTraining);

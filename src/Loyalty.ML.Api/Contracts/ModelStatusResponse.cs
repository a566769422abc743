namespace Loyalty.ML.Api.Contracts;

/// <summary>The model being served, which parts it has, and the last bundle rejected, if any.</summary>
public sealed record ModelStatusResponse(
    string Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset LoadedAt,
    IReadOnlyList<string> Parts,
    string? RegistryCurrent,
    RejectionView? Rejected);

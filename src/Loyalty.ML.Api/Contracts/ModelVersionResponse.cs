namespace Loyalty.ML.Api.Contracts;

/// <summary>A published model version in the registry.</summary>
public sealed record ModelVersionResponse(string Version, DateTimeOffset CreatedAt, bool IsCurrent, bool IsServed);

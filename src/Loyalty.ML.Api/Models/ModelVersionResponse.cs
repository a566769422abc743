namespace Loyalty.ML.Api.Models;

/// <summary>A published model version in the registry.</summary>
public sealed record ModelVersionResponse(string Version, DateTimeOffset CreatedAt, bool IsCurrent, bool IsServed);

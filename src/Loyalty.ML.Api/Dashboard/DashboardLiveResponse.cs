using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Models;

namespace Loyalty.ML.Api.Dashboard;

/// <summary>The dashboard's live figures: the model served, the events since it was trained, this process's requests and cache, and the at-risk list's top page.</summary>
/// <param name="ModelVersion">The version served; null when none is.</param>
/// <param name="TrainedAt">When that version was published.</param>
/// <param name="LoadedAt">When this process loaded it.</param>
/// <param name="ModelAgeHours">Hours since it was published.</param>
/// <param name="HasReport">True when the served bundle holds report.html.</param>
/// <param name="Requests">Requests this process answered since <paramref name="CountingSince"/>.</param>
/// <param name="ServerErrors">Of those, answered with a 5xx status.</param>
/// <param name="CountingSince">When the process started counting.</param>
/// <param name="CacheMemoryHits">Answers served from the in-process cache.</param>
/// <param name="CacheRedisHits">Answers served from Redis.</param>
/// <param name="CacheMisses">Answers computed.</param>
/// <param name="EventsSinceTraining">Purchase and offer events reported after the served model's last day and applied on top of it (as <c>/v1/models/current</c> has them); null when no model is served.</param>
/// <param name="AtRisk">The at-risk list's top page; null when the model has no churn scores.</param>
/// <param name="Tiles">The report's headline figures for the served model, the at-risk ones with reported purchases re-scored.</param>
/// <param name="Culture">The culture the data's dates and money are written in (the mapping's display.culture); null: ISO.</param>
/// <param name="Currency">The ISO 4217 code of the data's money; null: none named.</param>
public sealed record DashboardLiveResponse(
    string? ModelVersion,
    DateTimeOffset? TrainedAt,
    DateTimeOffset? LoadedAt,
    double? ModelAgeHours,
    bool HasReport,
    long Requests,
    long ServerErrors,
    DateTimeOffset CountingSince,
    long CacheMemoryHits,
    long CacheRedisHits,
    long CacheMisses,
    EventsSinceTrainingView? EventsSinceTraining,
    AtRiskPage? AtRisk,
    IReadOnlyList<DashboardTile> Tiles,
    string? Culture,
    string? Currency);

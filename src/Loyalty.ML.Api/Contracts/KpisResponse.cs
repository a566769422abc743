using System.Text.Json;

namespace Loyalty.ML.Api.Contracts;

/// <summary>The loyalty programme KPIs computed when the model was trained.</summary>
public sealed record KpisResponse(string ModelVersion, JsonElement Kpis);

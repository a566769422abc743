using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Api.Benchmark;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Dashboard;
using Loyalty.ML.Api.Evaluation;
using Loyalty.ML.Api.Ingest;
using Loyalty.ML.Api.Kpis;
using Loyalty.ML.Api.Models;
using Loyalty.ML.Api.Offers;
using Loyalty.ML.Api.Recommendations;
using Loyalty.ML.Api.Segments;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Api.Http;

/// <summary>Source-generated JSON for every request and response type and the cached values.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RecommendationsResponse))]
[JsonSerializable(typeof(DashboardLiveResponse))]
[JsonSerializable(typeof(ChurnResponse))]
[JsonSerializable(typeof(ChurnScoresRequest))]
[JsonSerializable(typeof(ChurnScoresResponse))]
[JsonSerializable(typeof(AtRiskPage))]
[JsonSerializable(typeof(SegmentResponse))]
[JsonSerializable(typeof(OffersResponse))]
[JsonSerializable(typeof(OffersBatchRequest))]
[JsonSerializable(typeof(OffersBatchResponse))]
[JsonSerializable(typeof(KpisResponse))]
[JsonSerializable(typeof(KpiMetrics))]
[JsonSerializable(typeof(IReadOnlyList<ModelVersionResponse>))]
[JsonSerializable(typeof(ModelStatusResponse))]
[JsonSerializable(typeof(RuntimeStatsResponse))]
[JsonSerializable(typeof(PurchaseEventsRequest))]
[JsonSerializable(typeof(OfferEventsRequest))]
[JsonSerializable(typeof(EventsResponse))]
[JsonSerializable(typeof(Loyalty.ML.Data.Events.PurchaseEvent))]
[JsonSerializable(typeof(Loyalty.ML.Data.Events.OfferEvent))]
[JsonSerializable(typeof(Webhooks.WebhookEvent))]
[JsonSerializable(typeof(OnlineEvaluationResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

using Loyalty.ML.Api.Benchmark;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Dashboard;
using Loyalty.ML.Api.Evaluation;
using Loyalty.ML.Api.Export;
using Loyalty.ML.Api.Extensions;
using Loyalty.ML.Api.Ingest;
using Loyalty.ML.Api.Kpis;
using Loyalty.ML.Api.Models;
using Loyalty.ML.Api.Offers;
using Loyalty.ML.Api.Recommendations;
using Loyalty.ML.Api.Segments;

var builder = WebApplication.CreateBuilder(args);
builder.AddLoyaltyServices();

var app = builder.Build();
app.UseLoyaltyPipeline();

app.MapHealthApi();
app.MapRecommendationsApi();
app.MapChurnApi();
app.MapExportApi();
app.MapSegmentsApi();
app.MapOffersApi();
app.MapEventsApi();
app.MapKpisApi();
app.MapEvaluationApi();
app.MapModelsApi();
app.MapDashboardApi();
app.MapBenchmarkApi();
app.MapApiDocs();

app.Run();

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;

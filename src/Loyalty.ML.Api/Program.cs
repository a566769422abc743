using Loyalty.ML.Api.Apis;
using Loyalty.ML.Api.Extensions;

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

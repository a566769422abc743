using Loyalty.ML.Api.Dashboard;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Counts every answered request into <see cref="RequestStatistics"/>.</summary>
internal static class RequestStatisticsExtensions
{
    public static void AddRequestStatistics(this WebApplicationBuilder builder) => builder.Services.AddSingleton<RequestStatistics>();

    public static void UseRequestStatistics(this WebApplication app)
    {
        var statistics = app.Services.GetRequiredService<RequestStatistics>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            finally
            {
                statistics.Count(context.Response.StatusCode);
            }
        });
    }
}

using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Api.Online;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Serving.Experiments;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Registers what closes the loop: the exposure log (its queue, writer, store tables and, with Redis, its stream and
/// follower), the challengers of running experiments, and the online evaluation with automatic promotion.
/// </summary>
internal static class ExperimentExtensions
{
    /// <summary>Adds exposures, experiments and the online evaluation.</summary>
    public static void AddExperiments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ExposureOptions>(ExposureOptions.Section);
        builder.Services.AddValidatedOptions<OnlineEvaluationOptions>(OnlineEvaluationOptions.Section);
        builder.Services.AddSingleton(services => ExposureStore.Open(
            services.GetRequiredService<IOptions<EventOptions>>().Value.ResolveStorePath(services.GetRequiredService<ModelProvider>().Registry.Root)));
        builder.Services.AddSingleton<IExposureStream>(services => services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<RedisExposureStream>(services)
            : new NoExposureStream());
        builder.Services.AddSingleton<ExposureLog>();
        builder.Services.AddHostedService<ExposureWriter>();
        builder.Services.AddHostedService<ExposureStreamFollower>();
        builder.Services.AddSingleton<ExperimentRouter>();
        builder.Services.AddHostedService<ExperimentWatcher>();
        builder.Services.AddSingleton<OnlineEvaluationService>();
        builder.Services.AddSingleton<AutoPromotion>();
        builder.Services.AddHostedService<OnlineEvaluationRefresher>();
    }
}

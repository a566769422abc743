using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Serving;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Registers the model provider and the registry watcher.</summary>
internal static class ModelServingExtensions
{
    /// <summary>Adds model serving.</summary>
    public static void AddModelServing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ModelOptions>(ModelOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ModelProvider>();
        builder.Services.AddSingleton<Export.PreviousModels>();
        builder.Services.AddHostedService<ModelRegistryWatcher>();
    }
}

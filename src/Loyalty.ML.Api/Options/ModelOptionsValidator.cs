using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Options;

/// <summary>Stops the service at start when the model registry is nowhere to be found, naming every path tried and the setting to change.</summary>
internal sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        var tried = RegistryLocation.Candidates(options.RegistryPath, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        return tried.Any(Directory.Exists)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"No model registry found: tried {string.Join(", ", tried)}. Publish one with ./train.sh from the repository root, "
                + "or set Models:RegistryPath (environment variable Models__RegistryPath) to the registry folder.");
    }
}

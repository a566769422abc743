using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.ML.Api.Serving;

/// <summary>The ProblemDetails answers about the model: none loaded, a part missing, an id unknown, a score unusable.</summary>
internal static class ModelProblems
{
    /// <summary>
    /// The served model and its <paramref name="name"/> part, read once so a swap in between cannot mix two
    /// bundles; otherwise the 503 that says what is missing.
    /// </summary>
    public static bool TryGetPart<T>(
        ModelProvider provider,
        Func<LoadedModel, T?> select,
        string name,
        [NotNullWhen(true)] out LoadedModel? model,
        [NotNullWhen(true)] out T? part,
        [NotNullWhen(false)] out ProblemHttpResult? problem)
        where T : class
    {
        model = provider.Current;
        part = model is null ? null : select(model);
        problem = model is null ? NoBundle(provider) : part is null ? MissingPart(model, name) : null;
        return problem is null;
    }

    /// <summary>503: nothing is served yet.</summary>
    public static ProblemHttpResult NoBundle(ModelProvider provider) =>
        TypedResults.Problem(
            title: "No model loaded",
            detail: provider.LastRejection is { } rejected
                ? $"Model version {rejected.Version} was rejected ({rejected.Reason}). Train first (./train.sh) or fix the bundle."
                : $"There is no model bundle in {provider.Registry.Root}. Train first (./train.sh); the service loads it as soon as it is published.",
            statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>503: the loaded bundle has no such model.</summary>
    public static ProblemHttpResult MissingPart(LoadedModel model, string part) =>
        TypedResults.Problem(
            title: $"No {part} model",
            detail: $"The loaded model bundle {model.Version} has no {part} model; train one that does.",
            statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>404: the model does not know the id.</summary>
    public static ProblemHttpResult Unknown(string what, string id, LoadedModel model) =>
        TypedResults.Problem(
            title: $"Unknown {what}",
            detail: $"Model version {model.Version} has no {what} '{id}'.",
            statusCode: StatusCodes.Status404NotFound);

    /// <summary>503: the model knows the customer but holds no usable score (a bundle defect the load checks should have caught).</summary>
    public static ProblemHttpResult Unscorable(string customerId, LoadedModel model) =>
        TypedResults.Problem(
            title: "No usable score",
            detail: $"Model version {model.Version} holds a score for customer '{customerId}' that is not a finite number or is out of range.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
}

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// One recommendation list as a customer was shown it (an exposure): who, which list kind, which model version, the
/// items in rank order (the first is rank 1), when, and where on the site when the request said so.
/// </summary>
/// <param name="Id">Unique id of the exposure.</param>
/// <param name="CustomerId">Business id of the customer the list was served to.</param>
/// <param name="Kind">The list kind as the API names it (<c>personal</c>, <c>cross-sell</c>, <c>up-sell</c>, <c>buy-again</c>).</param>
/// <param name="ModelVersion">The model version that served it.</param>
/// <param name="Items">Item business ids, best first.</param>
/// <param name="ServedAt">When it was served (answers from a cache count: the customer saw them).</param>
/// <param name="Surface">The page or channel the request named (<c>home</c>, <c>cart</c>, <c>email</c>…); null when none.</param>
/// <param name="Experiment">The experiment whose challenger served the list; null when the current version did.</param>
public sealed record ServedList(
    ExposureId Id,
    string CustomerId,
    string Kind,
    string ModelVersion,
    IReadOnlyList<string> Items,
    DateTimeOffset ServedAt,
    string? Surface = null,
    string? Experiment = null);

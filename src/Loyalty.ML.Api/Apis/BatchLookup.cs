namespace Loyalty.ML.Api.Apis;

/// <summary>The answer of a bulk request: what the model knows, in request order, and the ids it does not know.</summary>
internal static class BatchLookup
{
    /// <summary>Splits <paramref name="ids"/> into the views of those <paramref name="find"/> knows and the rest.</summary>
    public static (List<TView> Found, List<string> Unknown) Split<T, TView>(IReadOnlyList<string> ids, TryFind<T> find, Func<string, T, TView> view)
    {
        var found = new List<TView>(ids.Count);
        var unknown = new List<string>();
        foreach (var id in ids)
        {
            if (find(id, out var value))
            {
                found.Add(view(id, value));
            }
            else
            {
                unknown.Add(id);
            }
        }

        return (found, unknown);
    }
}

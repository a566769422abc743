namespace Loyalty.ML.Api.Http;

/// <summary>The answer of a bulk request: what the model knows, in request order, and the ids it does not know.</summary>
internal static class BatchLookup
{
    /// <summary>Splits <paramref name="ids"/> into the views of those <paramref name="find"/> knows and the rest.</summary>
    public static (List<TView> Found, List<string> Unknown) Split<T, TView>(IReadOnlyList<string> ids, TryFind<T> find, Func<string, T, TView> view)
    {
        var (found, unknown, _) = Split(ids, find, static _ => true, view);
        return (found, unknown);
    }

    /// <summary>
    /// As <see cref="Split{T, TView}(IReadOnlyList{string}, TryFind{T}, Func{string, T, TView})"/>, and the ids whose value is
    /// not <paramref name="usable"/> apart as well: one bad value is reported, never fails the whole batch.
    /// </summary>
    public static (List<TView> Found, List<string> Unknown, List<string> Unusable) Split<T, TView>(
        IReadOnlyList<string> ids, TryFind<T> find, Func<T, bool> usable, Func<string, T, TView> view)
    {
        var found = new List<TView>(ids.Count);
        var unknown = new List<string>();
        var unusable = new List<string>();
        foreach (var id in ids)
        {
            if (!find(id, out var value))
            {
                unknown.Add(id);
            }
            else if (!usable(value))
            {
                unusable.Add(id);
            }
            else
            {
                found.Add(view(id, value));
            }
        }

        return (found, unknown, unusable);
    }
}

namespace Loyalty.ML.Api.Http;

/// <summary>Checks shared by the endpoints; each adds a message under the argument's name.</summary>
internal static class ApiValidation
{
    /// <summary>Longest customer or item id accepted.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Largest list an endpoint returns.</summary>
    public const int MaxCount = 100;

    /// <summary>List length when the caller does not say.</summary>
    public const int DefaultCount = 10;

    /// <summary>Most customer ids in one bulk request.</summary>
    public const int MaxBatch = 1000;

    private static readonly System.Buffers.SearchValues<char> NotText = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(code => (char)code), '\u007F', '\uFFFD']);

    /// <summary>Checks a business id.</summary>
    public static void Id(string id, string name, ref Dictionary<string, string[]>? errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(ref errors, name, "must not be empty.");
        }
        else if (id.Length > MaxIdLength)
        {
            Add(ref errors, name, $"is {id.Length} characters long; at most {MaxIdLength} are allowed.");
        }
        else if (id.AsSpan().IndexOfAny(NotText) >= 0)
        {
            // The server decodes invalid UTF-8 in a path (%FF) to U+FFFD: without this it would be a new, unknown id.
            Add(ref errors, name, "must be valid UTF-8 text without control characters.");
        }
    }

    /// <summary>Checks the ids of a bulk request under <paramref name="name"/>: 1 to <see cref="MaxBatch"/>, each a valid id; returns them.</summary>
    public static IReadOnlyList<string> Ids(IReadOnlyList<string>? ids, string name, ref Dictionary<string, string[]>? errors)
    {
        ids ??= [];
        if (ids.Count is 0 or > MaxBatch)
        {
            Add(ref errors, name, $"must hold between 1 and {MaxBatch} ids; got {ids.Count}.");
        }

        for (var index = 0; index < ids.Count && index <= MaxBatch; index++)
        {
            Id(ids[index] ?? "", $"{name}[{index}]", ref errors);
        }

        return ids;
    }

    /// <summary>Checks a list length and returns it (the default when absent).</summary>
    public static int Count(int? count, ref Dictionary<string, string[]>? errors)
    {
        if (count is < 1 or > MaxCount)
        {
            Add(ref errors, "count", $"must be between 1 and {MaxCount}; got {count}.");
        }

        return count ?? DefaultCount;
    }

    /// <summary>Adds a message for <paramref name="name"/>.</summary>
    public static void Add(ref Dictionary<string, string[]>? errors, string name, string message)
    {
        errors ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        errors[name] = errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
    }
}

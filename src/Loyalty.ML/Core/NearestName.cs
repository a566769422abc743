namespace Loyalty.ML.Core;

/// <summary>The known name a misspelt one was most likely meant to be, for "did you mean" hints in error messages.</summary>
public static class NearestName
{
    /// <summary>
    /// The name of <paramref name="known"/> closest to <paramref name="typed"/> by edit distance (case-insensitive), when
    /// it is within a third of the typed length (at least 2 edits), or a known name starts with or contains the typed one;
    /// null when none is that close.
    /// </summary>
    public static string? Of(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var names = known as IReadOnlyList<string> ?? [.. known];
        var lowered = typed.ToLowerInvariant();
        var best = (Name: (string?)null, Distance: int.MaxValue);
        foreach (var name in names)
        {
            var distance = Distance(lowered, name.ToLowerInvariant());
            if (distance < best.Distance)
            {
                best = (name, distance);
            }
        }

        if (best.Name is { } nearest && best.Distance <= Math.Max(2, typed.Length / 3))
        {
            return nearest;
        }

        return lowered.Length >= 3 ? names.FirstOrDefault(name => name.Contains(lowered, StringComparison.OrdinalIgnoreCase)) : null;
    }

    // Levenshtein distance with two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

namespace Loyalty.ML.Core;

/// <summary>
/// Line numbers grouped by a key in one counting sort: the lines of key k are <c>Lines[Start[k] .. Start[k + 1]]</c>, in
/// line order. 4 bytes a grouped line and one per key; the lines themselves are not copied.
/// </summary>
internal readonly record struct LineGroups(int[] Start, int[] Lines)
{
    /// <summary>Lines <c>0 .. lineCount</c> grouped by <paramref name="keyOf"/> (below <paramref name="keys"/>); a line whose key is negative is left out.</summary>
    public static LineGroups By(int lineCount, int keys, Func<int, int> keyOf)
    {
        var start = new int[keys + 1];
        for (var line = 0; line < lineCount; line++)
        {
            if (keyOf(line) is var key and >= 0)
            {
                start[key + 1]++;
            }
        }

        for (var key = 0; key < keys; key++)
        {
            start[key + 1] += start[key];
        }

        // Filling key k from start[k] moves start[k] to where key k + 1 starts; one shift afterwards puts every start back.
        var lines = new int[start[keys]];
        for (var line = 0; line < lineCount; line++)
        {
            if (keyOf(line) is var key and >= 0)
            {
                lines[start[key]++] = line;
            }
        }

        for (var key = keys; key > 0; key--)
        {
            start[key] = start[key - 1];
        }

        start[0] = 0;
        return new LineGroups(start, lines);
    }

    /// <summary>The lines of <paramref name="key"/>, in line order.</summary>
    public Span<int> Of(int key) => Lines.AsSpan(Start[key], Start[key + 1] - Start[key]);
}

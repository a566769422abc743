namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// The items of each category, ascending, built once per model: up-sell looks for upgrades within the reference's
/// category, so it scores that category's items instead of the whole catalog.
/// </summary>
internal sealed class CategoryMembers
{
    private readonly int[][] _members;

    public CategoryMembers(int[] itemCategory, int categoryCount)
    {
        var sizes = new int[categoryCount];
        foreach (var category in itemCategory)
        {
            if (category >= 0)
            {
                sizes[category]++;
            }
        }

        _members = Array.ConvertAll(sizes, size => new int[size]);
        Array.Clear(sizes);
        for (var item = 0; item < itemCategory.Length; item++)
        {
            if (itemCategory[item] is var category and >= 0)
            {
                _members[category][sizes[category]++] = item;
            }
        }
    }

    /// <summary>The items of <paramref name="category"/> in ascending order, or null for -1 (no category): every item is a candidate.</summary>
    public int[]? Of(int category) => category >= 0 ? _members[category] : null;
}

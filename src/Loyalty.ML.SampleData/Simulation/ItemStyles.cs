namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// Latent styles shared across categories (think rustic, minimalist, eco, a house brand). Every item has one,
/// and a customer drawn to a style leans to its items wherever they shop: an item is chosen with weight
/// popularity × (<see cref="Affinity"/> if it has the wanted style, else 1). Styles are also lifestyles: each
/// favours some category pairs (<see cref="CategoryLean"/> times their popularity), which steers the
/// categories its customers take up.
/// </summary>
internal sealed class ItemStyles
{
    /// <summary>Number of styles.</summary>
    public const int Count = 6;

    /// <summary>How much more likely an item of the wanted style is than its popularity alone says.</summary>
    public const double Affinity = 8;

    private const double CategoryLean = 4;
    private const double LeaningShare = 1.0 / 3;

    private readonly StyledItemIndex _inCategory;
    private readonly StyledItemIndex _anywhere;
    private readonly int _categories;
    private readonly double[] _categoryCumulative;

    /// <summary>Gives each item a style and indexes the items by category and style.</summary>
    /// <param name="categoryStart">First item of each category, the item count last.</param>
    /// <param name="withinCumulative">Running popularity sums of the items, restarting at each category.</param>
    /// <param name="globalCumulative">Running popularity sums of all items across the catalog.</param>
    /// <param name="categoryCumulative">Running popularity sums of the categories.</param>
    /// <param name="seed">The sample seed; styles get their own stream so the rest of the catalog does not depend on them.</param>
    public ItemStyles(int[] categoryStart, double[] withinCumulative, double[] globalCumulative, double[] categoryCumulative, int seed)
    {
        var random = new SampleRandom(seed, -2);
        Style = new byte[withinCumulative.Length];
        for (var item = 0; item < Style.Length; item++)
        {
            Style[item] = (byte)random.Next(Count);
        }

        _inCategory = new StyledItemIndex(categoryStart, withinCumulative, Style);
        _anywhere = new StyledItemIndex([0, Style.Length], globalCumulative, Style);
        _categories = categoryCumulative.Length;
        _categoryCumulative = new double[Count * _categories];
        for (var style = 0; style < Count; style++)
        {
            var (total, lean) = (0.0, 1.0);
            for (var category = 0; category < _categories; category++)
            {
                lean = (category & 1) == 0 ? (random.Chance(LeaningShare) ? CategoryLean : 1) : lean;
                total += lean * RunningSums.WeightAt(categoryCumulative, category);
                _categoryCumulative[(style * _categories) + category] = total;
            }
        }
    }

    /// <summary>The style of each item.</summary>
    public byte[] Style { get; }

    /// <summary>An item of <paramref name="category"/> for a customer wanting <paramref name="style"/>.</summary>
    public int PickInCategory(int category, int style, ref SampleRandom random) => _inCategory.Pick(category, style, Affinity, ref random);

    /// <summary>An item from anywhere in the catalog for a customer wanting <paramref name="style"/>.</summary>
    public int PickAnywhere(int style, ref SampleRandom random) => _anywhere.Pick(0, style, Affinity, ref random);

    /// <summary>Running weights of the categories a customer of <paramref name="style"/> takes up.</summary>
    public ReadOnlySpan<double> CategoryCumulative(int style) => _categoryCumulative.AsSpan(style * _categories, _categories);
}

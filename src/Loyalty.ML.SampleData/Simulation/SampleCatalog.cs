namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// The generated catalog: items grouped by category (contiguous, most popular first), each with a
/// price tier, a style (<see cref="ItemStyles"/>), a complement in the paired category and a substitute
/// in its own category, plus the cumulative weights that give Zipf-like long-tail popularity within and
/// across categories.
/// </summary>
internal sealed class SampleCatalog
{
    private const double CategoryZipf = 0.8;
    private const double ItemZipf = 1.1;
    private static readonly double[] TierShare = [0.4, 0.8, 1.0];
    private static readonly double[] TierPrice = [0.6, 1.0, 1.9];
    private static readonly string[] TierNames = ["Value", "Classic", "Premium"];

    private readonly double[] _withinCumulative;

    public SampleCatalog(int itemCount, int seed)
    {
        var random = new SampleRandom(seed, -1);
        var categories = Math.Clamp(2 * (int)Math.Round(itemCount / 50.0), 2, 400);
        categories = Math.Min(categories, itemCount - (itemCount % 2));
        CategoryNames = new string[categories];
        CategoryStart = new int[categories + 1];
        CycleDays = new int[categories];
        Category = new int[itemCount];
        Tier = new byte[itemCount];
        PriceCents = new int[itemCount];
        Complement = new int[itemCount];
        Substitute = new int[itemCount];
        _withinCumulative = new double[itemCount];
        var globalCumulative = new double[itemCount];
        var categoryCumulative = new double[categories];

        var popularityOrder = Permutation(categories, ref random);
        var categoryTotal = 0.0;
        for (var c = 0; c < categories; c++)
        {
            var (template, name) = CategoryTemplates.For(c);
            CategoryNames[c] = name;
            CycleDays[c] = template.CycleDays;
            CategoryStart[c + 1] = CategoryStart[c] + (itemCount / categories) + (c < itemCount % categories ? 1 : 0);
            categoryTotal += 1.0 / Math.Pow(popularityOrder[c] + 1, CategoryZipf);
            categoryCumulative[c] = categoryTotal;
            FillCategory(c, template.BasePrice, ref random);
        }

        var globalTotal = 0.0;
        for (var item = 0; item < itemCount; item++)
        {
            var c = Category[item];
            var paired = c ^ 1;
            var pairedSize = CategoryStart[paired + 1] - CategoryStart[paired];
            Complement[item] = CategoryStart[paired] + ((item - CategoryStart[c]) % pairedSize);
            var categoryWeight = RunningSums.WeightAt(categoryCumulative, c) / categoryTotal;
            var within = RunningSums.WeightAt(_withinCumulative, item, CategoryStart[c]);
            globalTotal += categoryWeight * within / _withinCumulative[CategoryStart[c + 1] - 1];
            globalCumulative[item] = globalTotal;
        }

        Styles = new ItemStyles(CategoryStart, _withinCumulative, globalCumulative, categoryCumulative, seed);
        NumberOf = Permutation(itemCount, ref random);
        for (var item = 0; item < itemCount; item++)
        {
            NumberOf[item]++;
        }
    }

    public int Count => Category.Length;

    public int CategoryCount => CategoryNames.Length;

    public string[] CategoryNames { get; }

    /// <summary>First item of each category; the last entry is the item count.</summary>
    public int[] CategoryStart { get; }

    /// <summary>Replenishment cycle per category in days, 0 for durable goods.</summary>
    public int[] CycleDays { get; }

    public int[] Category { get; }

    /// <summary>Price tier per item: 0 value, 1 classic, 2 premium.</summary>
    public byte[] Tier { get; }

    public int[] PriceCents { get; }

    /// <summary>An item of the paired category bought together with this one.</summary>
    public int[] Complement { get; }

    /// <summary>Another item of the same category (same tier when there is one), or -1.</summary>
    public int[] Substitute { get; }

    /// <summary>The latent style of each item, shared across categories.</summary>
    public ItemStyles Styles { get; }

    /// <summary>The public item number (1-based, shuffled so ids do not reveal the category).</summary>
    public int[] NumberOf { get; }

    public static string TierName(int tier) => TierNames[tier];

    /// <summary>Display name of an item.</summary>
    public string NameOf(int item) =>
        $"{TierNames[Tier[item]]} {CategoryNames[Category[item]]} #{item - CategoryStart[Category[item]] + 1}";

    /// <summary>An item of category <paramref name="category"/> by its popularity, leaning to <paramref name="style"/> and <paramref name="tier"/>.</summary>
    public int PickInCategory(int category, int tier, int style, ref SampleRandom random)
    {
        var item = Styles.PickInCategory(category, style, ref random);
        for (var retry = 0; retry < 2 && Tier[item] != tier && random.Chance(0.8); retry++)
        {
            item = Styles.PickInCategory(category, style, ref random);
        }

        return item;
    }

    private void FillCategory(int category, double basePrice, ref SampleRandom random)
    {
        var start = CategoryStart[category];
        var end = CategoryStart[category + 1];
        var total = 0.0;
        for (var item = start; item < end; item++)
        {
            Category[item] = category;
            var draw = random.NextDouble();
            var tier = draw < TierShare[0] ? 0 : draw < TierShare[1] ? 1 : 2;
            Tier[item] = (byte)tier;
            var price = basePrice * TierPrice[tier] * random.Uniform(0.8, 1.25);
            PriceCents[item] = Math.Max(49, ((int)Math.Round(price * 10) * 10) - 1);
            total += 1.0 / Math.Pow(item - start + 1, ItemZipf);
            _withinCumulative[item] = total;
        }

        for (var item = start; item < end; item++)
        {
            Substitute[item] = FindSubstitute(item, start, end);
        }
    }

    private int FindSubstitute(int item, int start, int end)
    {
        var size = end - start;
        for (var step = 1; step < size; step++)
        {
            var other = start + ((item - start + step) % size);
            if (Tier[other] == Tier[item])
            {
                return other;
            }
        }

        return size > 1 ? start + ((item - start + 1) % size) : -1;
    }

    private static int[] Permutation(int count, ref SampleRandom random)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}

namespace Loyalty.ML.Data.Generation;

/// <summary>
/// What one customer likes: two to four preferred categories (often a complementary pair), a price
/// tier, a favourite item per preferred category, and at most one consumable bought again on a personal
/// cycle. Reused from customer to customer so generation allocates nothing per line.
/// </summary>
internal sealed class CustomerTaste
{
    private const int MaxPreferred = 4;
    private const double PreferredShare = 0.9;
    private const double FavouriteShare = 0.3;
    private const double SubstituteShare = 0.1;
    private const double ReplenishDue = 0.85;

    private readonly SampleCatalog _catalog;
    private readonly int[] _categories = new int[MaxPreferred];
    private readonly double[] _cumulative = new double[MaxPreferred];
    private readonly int[] _favourites = new int[MaxPreferred];
    private int _count;
    private int _tier;
    private double _cycle;
    private double _lastReplenished;

    public CustomerTaste(SampleCatalog catalog) => _catalog = catalog;

    /// <summary>The consumable the customer replenishes, or -1.</summary>
    public int ReplenishedItem { get; private set; }

    public void Draw(ref SampleRandom random)
    {
        var draw = random.NextDouble();
        _tier = draw < 0.35 ? 0 : draw < 0.8 ? 1 : 2;
        _count = 0;
        var wanted = Math.Min(2 + random.Next(3), _catalog.CategoryCount);
        var total = 0.0;
        for (var attempt = 0; _count < wanted && attempt < 20; attempt++)
        {
            var category = _count == 1 && random.Chance(0.5)
                ? _categories[0] ^ 1
                : random.Pick(_catalog.CategoryCumulative);
            if (Array.IndexOf(_categories, category, 0, _count) >= 0)
            {
                continue;
            }

            _categories[_count] = category;
            _favourites[_count] = _catalog.PickInCategory(category, _tier, ref random);
            total += random.Exponential(1.0);
            _cumulative[_count] = total;
            _count++;
        }

        ReplenishedItem = -1;
        for (var i = 0; i < _count && ReplenishedItem < 0; i++)
        {
            var cycle = _catalog.CycleDays[_categories[i]];
            if (cycle > 0)
            {
                ReplenishedItem = _favourites[i];
                _cycle = cycle * random.Uniform(0.75, 1.35);
                _lastReplenished = double.NegativeInfinity;
            }
        }
    }

    /// <summary>True when the replenished item has run out by <paramref name="day"/>; marks it bought.</summary>
    public bool TakeReplenishment(double day)
    {
        if (ReplenishedItem < 0 || day < _lastReplenished + (_cycle * ReplenishDue))
        {
            return false;
        }

        _lastReplenished = day;
        return true;
    }

    /// <summary>An item the customer picks for their basket.</summary>
    public int PickItem(ref SampleRandom random)
    {
        if (!random.Chance(PreferredShare))
        {
            return random.Pick(_catalog.GlobalCumulative);
        }

        var slot = random.Pick(_cumulative.AsSpan(0, _count));
        if (!random.Chance(FavouriteShare))
        {
            return _catalog.PickInCategory(_categories[slot], _tier, ref random);
        }

        var favourite = _favourites[slot];
        var substitute = _catalog.Substitute[favourite];
        return substitute >= 0 && random.Chance(SubstituteShare) ? substitute : favourite;
    }
}

namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// What one customer likes: a mix over the catalog's <see cref="ItemStyles"/> (mostly one or two styles)
/// that steers which categories they take up and every item they choose; two to four preferred categories
/// (often a complementary pair), each held for a while and then given up for another, so tastes drift as
/// real customers' do; a price tier; a favourite item per preferred category; and at most one consumable
/// bought again on a personal cycle. Reused from customer to customer so generation allocates nothing per line.
/// </summary>
internal sealed class CustomerTaste
{
    private const int MaxPreferred = 4;
    private const double PreferredShare = 0.9;
    private const double FavouriteShare = 0.3;
    private const double SubstituteShare = 0.1;
    private const double ReplenishDue = 0.85;
    private const double StyleConcentration = 3;
    private const double MeanInterestDays = 365;

    private readonly SampleCatalog _catalog;
    private readonly int[] _categories = new int[MaxPreferred];
    private readonly double[] _cumulative = new double[MaxPreferred];
    private readonly int[] _favourites = new int[MaxPreferred];
    private readonly double[] _styles = new double[ItemStyles.Count];
    private readonly double[] _until = new double[MaxPreferred];
    private int _count;
    private int _tier;
    private double _cycle;
    private double _lastReplenished;

    public CustomerTaste(SampleCatalog catalog) => _catalog = catalog;

    /// <summary>The consumable the customer replenishes, or -1.</summary>
    public int ReplenishedItem { get; private set; }

    /// <summary>Draws a new customer's taste as of their first purchase on <paramref name="firstDay"/>.</summary>
    public void Draw(ref SampleRandom random, double firstDay)
    {
        var draw = random.NextDouble();
        _tier = draw < 0.35 ? 0 : draw < 0.8 ? 1 : 2;
        DrawStyles(ref random);
        _count = 0;
        var wanted = Math.Min(2 + random.Next(3), _catalog.CategoryCount);
        var total = 0.0;
        for (var attempt = 0; _count < wanted && attempt < 20; attempt++)
        {
            var category = _count == 1 && random.Chance(0.5)
                ? _categories[0] ^ 1
                : random.Pick(_catalog.Styles.CategoryCumulative(random.Pick(_styles)));
            if (Array.IndexOf(_categories, category, 0, _count) >= 0)
            {
                continue;
            }

            _categories[_count] = category;
            _favourites[_count] = _catalog.PickInCategory(category, _tier, random.Pick(_styles), ref random);
            total += random.Exponential(1.0);
            _cumulative[_count] = total;
            _until[_count] = firstDay + random.Exponential(MeanInterestDays);
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

    /// <summary>
    /// Interests fade: a preferred category whose time is up by <paramref name="day"/> gives way to another
    /// (a new pet, a new hobby) with the same share of the customer's picks; the style mix stays. Interests
    /// last <see cref="MeanInterestDays"/> on average, exponentially distributed.
    /// </summary>
    public void Advance(double day, ref SampleRandom random)
    {
        for (var slot = 0; slot < _count; slot++)
        {
            if (day < _until[slot])
            {
                continue;
            }

            var category = random.Pick(_catalog.Styles.CategoryCumulative(random.Pick(_styles)));
            if (Array.IndexOf(_categories, category, 0, _count) < 0)
            {
                _categories[slot] = category;
                _favourites[slot] = _catalog.PickInCategory(category, _tier, random.Pick(_styles), ref random);
            }

            _until[slot] = day + random.Exponential(MeanInterestDays);
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

    /// <summary>An item the customer picks for their basket: mostly from a preferred category, otherwise from anywhere, always leaning to their styles.</summary>
    public int PickItem(ref SampleRandom random)
    {
        if (!random.Chance(PreferredShare))
        {
            return _catalog.Styles.PickAnywhere(random.Pick(_styles), ref random);
        }

        var slot = random.Pick(_cumulative.AsSpan(0, _count));
        if (!random.Chance(FavouriteShare))
        {
            return _catalog.PickInCategory(_categories[slot], _tier, random.Pick(_styles), ref random);
        }

        var favourite = _favourites[slot];
        var substitute = _catalog.Substitute[favourite];
        return substitute >= 0 && random.Chance(SubstituteShare) ? substitute : favourite;
    }

    /// <summary>
    /// Style weights are exponential draws raised to <see cref="StyleConcentration"/>, so one or two styles
    /// carry most of a customer's taste, as a Dirichlet with a small concentration would.
    /// </summary>
    private void DrawStyles(ref SampleRandom random)
    {
        var total = 0.0;
        for (var style = 0; style < _styles.Length; style++)
        {
            total += Math.Pow(random.Exponential(1.0), StyleConcentration);
            _styles[style] = total;
        }
    }
}

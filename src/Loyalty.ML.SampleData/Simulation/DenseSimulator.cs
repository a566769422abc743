using Loyalty.ML.SampleData.Output;

namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// Plays one customer of a dense, bursty, ratings-like history (<see cref="SampleDataOptions.Dense"/>): the whole
/// history falls in a burst of a few days somewhere in the period, each item is taken at most once (a rating, not a
/// restock), about a hundred lines per customer drawn from two to four favourite categories and a style, the rest
/// from anywhere by popularity. Few customers buy in any one 30-day window, so a global time split sees few of
/// them, while every customer's own sequence holds their taste.
/// </summary>
internal sealed class DenseSimulator(SampleDataOptions options, SampleCatalog catalog, SampleIds ids)
{
    private const double PreferredShare = 0.75;
    private const double LinesSpread = 0.9;
    private const int MinLines = 20;
    private readonly HashSet<int> _taken = [];
    private readonly List<int> _items = [];

    public long Orders { get; private set; }

    public long PurchaseLines { get; private set; }

    public SampleCustomer Simulate(int index, ISampleSink sink)
    {
        var random = CustomerSimulator.RandomFor(options.Seed, index);
        var burst = Math.Max(1, random.Exponential(options.BurstDays));
        var start = random.Uniform(0, Math.Max(1, options.Days - burst - 1));
        var stop = (int)Math.Ceiling(start + burst);
        var plan = new CustomerPlan(start, stop + 1, stop + 1, 1, options.Days);
        var profile = SampleProfiles.Draw(ref random, ids.Customer(index), plan, SampleChannel.Online, options);
        var mean = (double)options.Lines / options.Customers;
        var count = (int)Math.Clamp(Math.Round(Math.Exp(Math.Log(mean) - (LinesSpread * LinesSpread / 2) + (LinesSpread * random.Normal()))), MinLines, catalog.Count / 2);
        PickItems(count, ref random);
        var sessions = Math.Min(_items.Count, 1 + random.Poisson(burst));
        var cuts = Enumerable.Range(0, sessions - 1).Select(_ => 1 + random.Next(Math.Max(1, _items.Count - 1))).Append(0).Append(_items.Count).Distinct().Order().ToList();
        var days = Enumerable.Range(0, cuts.Count - 1).Select(_ => random.Uniform(start, start + burst)).Order().ToList();
        for (var session = 0; session + 1 < cuts.Count; session++)
        {
            var order = ++Orders;
            var time = options.Start.AddDays(Math.Floor(days[session])).AddSeconds((10 * 3600) + random.Next(12 * 3600));
            for (var line = cuts[session]; line < cuts[session + 1]; line++)
            {
                var item = _items[line];
                sink.AddLine(new SampleLine(index, catalog.NumberOf[item], order, time, 1, catalog.PriceCents[item], SampleChannel.Online, -1));
                PurchaseLines++;
            }
        }

        sink.AddCustomer(profile);
        return profile;
    }

    private void PickItems(int count, ref SampleRandom random)
    {
        _taken.Clear();
        _items.Clear();
        var style = random.Next(ItemStyles.Count);
        var tier = random.Next(3);
        Span<int> favourites = stackalloc int[2 + random.Next(3)];
        for (var slot = 0; slot < favourites.Length; slot++)
        {
            favourites[slot] = random.Pick(catalog.Styles.CategoryCumulative(style));
        }

        for (var attempt = 0; _items.Count < count && attempt < 20 * count; attempt++)
        {
            var item = random.Chance(PreferredShare)
                ? catalog.PickInCategory(favourites[random.Next(favourites.Length)], tier, style, ref random)
                : catalog.Styles.PickAnywhere(style, ref random);
            if (_taken.Add(item))
            {
                _items.Add(item);
            }
        }
    }
}

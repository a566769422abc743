using Loyalty.ML.SampleData.Campaigns;
using Loyalty.ML.SampleData.Output;

namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// Plays one customer's history: profile, orders spread over their lifecycle (with seasonality and a
/// birthday lift), baskets built from their taste plus complements and due replenishments, and a few
/// returns. Writes straight to the sink; holds only this customer's state.
/// </summary>
internal sealed class CustomerSimulator
{
    private const double ComplementChance = 0.35;
    private const double ReturnChance = 0.025;
    private const double PromotionChance = 0.08;
    private const int Stores = 12;

    private readonly SampleDataOptions _options;
    private readonly SampleCatalog _catalog;
    private readonly SampleIds _ids;
    private readonly CustomerTaste _taste;
    private readonly List<double> _days = [];
    private readonly List<int> _basket = [];
    private readonly CampaignSimulator? _campaign;

    public CustomerSimulator(SampleDataOptions options, SampleCatalog catalog, SampleIds ids, CampaignSimulator? campaign = null)
    {
        _campaign = campaign;
        _options = options;
        _catalog = catalog;
        _ids = ids;
        _taste = new CustomerTaste(catalog);
    }

    public long Orders { get; private set; }

    public long PurchaseLines { get; private set; }

    public long ReturnLines { get; private set; }

    public static SampleRandom RandomFor(int seed, int customer) => new(seed, customer);

    /// <summary>Generates customer <paramref name="index"/> with about <paramref name="linesPerDay"/> lines per effective day of unit weight.</summary>
    public SampleCustomer Simulate(int index, double linesPerDay, ISampleSink sink)
    {
        var random = RandomFor(_options.Seed, index);
        var plan = CustomerPlan.Draw(ref random, _options.Days);
        var draw = random.NextDouble();
        var channel = draw < 0.45 ? SampleChannel.Online : draw < 0.85 ? SampleChannel.Store : SampleChannel.App;
        var profile = SampleProfiles.Draw(ref random, _ids.Customer(index), plan, channel, _options);
        _taste.Draw(ref random, plan.AcquiredDay);
        var homeStore = 1 + random.Next(Stores);
        var birthday = profile.Birthday?.DayOfYear ?? -100;

        var orders = Math.Max(1, random.StochasticRound(linesPerDay * plan.Weight * plan.EffectiveDays / _options.MeanBasket));
        _days.Clear();
        _days.Add(plan.AcquiredDay);
        for (var i = 1; i < orders; i++)
        {
            _days.Add(DrawOrderDay(plan, birthday, ref random));
        }

        _days.Sort();
        _campaign?.Apply(index, _ids.Customer(index), _days);
        foreach (var day in _days)
        {
            var orderChannel = random.Chance(0.8) ? channel : (SampleChannel)random.Next(3);
            WriteOrder(index, day, orderChannel, orderChannel == SampleChannel.Store ? homeStore : -1, plan, sink, ref random);
        }

        sink.AddCustomer(profile);
        return profile;
    }

    private double DrawOrderDay(CustomerPlan plan, int birthdayOfYear, ref SampleRandom random)
    {
        var day = plan.DrawActiveDay(ref random);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var date = _options.Start.AddDays(day);
            var lift = Math.Abs(date.DayOfYear - birthdayOfYear) <= 7 ? 1.4 : 1.0;
            if (random.NextDouble() * 2.1 < SeasonOf(date.Month) * lift)
            {
                break;
            }

            day = plan.DrawActiveDay(ref random);
        }

        return day;
    }

    private static double SeasonOf(int month) => month switch
    {
        12 => 1.5,
        11 => 1.25,
        1 => 0.8,
        7 or 8 => 0.9,
        _ => 1.0,
    };

    private void WriteOrder(int customer, double day, SampleChannel channel, int store, CustomerPlan plan, ISampleSink sink, ref SampleRandom random)
    {
        var order = ++Orders;
        var time = TimeOf(day, channel, ref random);
        var size = Math.Min(_options.MaxBasket, 1 + random.Poisson(_options.MeanBasket - 1));
        _taste.Advance(day, ref random);
        _basket.Clear();
        if (_taste.TakeReplenishment(day))
        {
            _basket.Add(_taste.ReplenishedItem);
        }

        for (var attempt = 0; _basket.Count < size && attempt < 3 * size; attempt++)
        {
            var item = _taste.PickItem(ref random);
            if (!_basket.Contains(item))
            {
                _basket.Add(item);
                var complement = _catalog.Complement[item];
                if (_basket.Count < size && random.Chance(ComplementChance) && !_basket.Contains(complement))
                {
                    _basket.Add(complement);
                }
            }
        }

        foreach (var item in _basket)
        {
            var quantity = QuantityOf(item == _taste.ReplenishedItem, ref random);
            var price = random.Chance(PromotionChance) ? (int)(_catalog.PriceCents[item] * 0.8) : _catalog.PriceCents[item];
            var number = _catalog.NumberOf[item];
            sink.AddLine(new SampleLine(customer, number, order, time, quantity, price, channel, store));
            PurchaseLines++;
            var returnDay = day + random.Uniform(2, 21);
            if (random.Chance(ReturnChance) && returnDay < plan.StopDay)
            {
                var returned = _options.Start.AddDays(Math.Floor(returnDay)).Add(time.TimeOfDay);
                sink.AddLine(new SampleLine(customer, number, order, returned, -quantity, price, channel, store));
                ReturnLines++;
            }
        }
    }

    private DateTime TimeOf(double day, SampleChannel channel, ref SampleRandom random)
    {
        var hour = channel == SampleChannel.Store ? 9 + random.Next(12) : 7 + random.Next(17);
        var seconds = (hour * 3600) + random.Next(3600);
        return _options.Start.AddDays(Math.Floor(day)).AddSeconds(seconds);
    }

    private static int QuantityOf(bool replenished, ref SampleRandom random)
    {
        var draw = random.NextDouble();
        return replenished
            ? (draw < 0.7 ? 1 : 2)
            : draw < 0.8 ? 1 : draw < 0.95 ? 2 : 3 + random.Next(4);
    }
}

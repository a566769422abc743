using System.Globalization;
using Loyalty.ML.Core;

namespace Loyalty.ML.SampleData.BuyTillYouDie;

/// <summary>
/// Simulates customers from known BG/NBD and Gamma-Gamma parameters: summaries for parameter-recovery
/// tests, and whole purchase histories (with or without items) for step tests and the <c>bench-churn</c> benchmark.
/// </summary>
public static class BuyTillYouDieSimulator
{
    /// <summary>Each customer's repeat purchases over <paramref name="age"/> after a first purchase at time 0.</summary>
    internal static SimulatedSummary[] Summaries(BuyTillYouDieProcess model, int customers, double age, Random random)
    {
        var summaries = new SimulatedSummary[customers];
        for (var customer = 0; customer < customers; customer++)
        {
            var times = PurchaseTimes(model, age, random);
            summaries[customer] = new SimulatedSummary(times.Count - 1, times[^1], age);
        }

        return summaries;
    }

    /// <summary>Mean value of each customer's x repeat purchases, drawn from the Gamma-Gamma model.</summary>
    internal static double[] MeanValues(GammaGammaSpend model, IReadOnlyList<int> frequencies, Random random)
    {
        var values = new double[frequencies.Count];
        for (var customer = 0; customer < values.Length; customer++)
        {
            var nu = RandomDistributions.Gamma(random, model.Q, model.V);
            var sum = 0.0;
            for (var purchase = 0; purchase < frequencies[customer]; purchase++)
            {
                sum += RandomDistributions.Gamma(random, model.P, nu);
            }

            values[customer] = frequencies[customer] > 0 ? sum / frequencies[customer] : 0;
        }

        return values;
    }

    /// <summary>
    /// A history of <paramref name="customers"/> customers joining evenly over the first half of
    /// <paramref name="days"/> days from <paramref name="start"/>, buying on whole days; with items, each
    /// order holds one to five lines from a catalog of <paramref name="items"/> items (none when 0).
    /// </summary>
    public static PurchaseHistory History(BuyTillYouDieProcess model, int customers, int days, DateTime start, int items, int seed)
    {
        var random = new Random(seed);
        var builder = new PurchaseHistoryBuilder();
        for (var customer = 0; customer < customers; customer++)
        {
            var id = customer.ToString(CultureInfo.InvariantCulture);
            var joined = random.Next(days / 2);
            var spend = RandomDistributions.Gamma(random, 3, 3 / (20 + 40 * random.NextDouble()));
            var lastDay = -1;
            foreach (var time in PurchaseTimes(model, days - 1 - joined, random))
            {
                var day = joined + (int)time;
                if (day == lastDay)
                {
                    continue;
                }

                lastDay = day;
                var when = start.AddDays(day);
                var lines = items > 0 ? 1 + random.Next(5) : 1;
                for (var line = 0; line < lines; line++)
                {
                    var item = items > 0 ? ((int)(items * Math.Pow(random.NextDouble(), 2))).ToString(CultureInfo.InvariantCulture) : null;
                    builder.AddPurchase(id, item, orderId: null, when, 1 + random.Next(3), (float)(spend / lines));
                }
            }
        }

        return builder.Build();
    }

    private static List<double> PurchaseTimes(BuyTillYouDieProcess model, double age, Random random)
    {
        var rate = RandomDistributions.Gamma(random, model.R, model.Alpha);
        var dropout = RandomDistributions.Beta(random, model.A, model.B);
        var times = new List<double> { 0 };
        var time = 0.0;
        while (true)
        {
            time += RandomDistributions.Exponential(random, rate);
            if (time > age)
            {
                break;
            }

            times.Add(time);

            // BG/NBD: a customer may drop out right after each repeat purchase, never after the first.
            if (random.NextDouble() < dropout)
            {
                break;
            }
        }

        return times;
    }
}

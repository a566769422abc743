using System.Globalization;
using Loyalty.ML.Data;

namespace Loyalty.ML.Training.Benchmarks;

/// <summary>
/// Generates a large purchase history with structure ALS can find: items belong to topics (their category), each
/// customer favours one to three topics, popularity within a topic is Zipf-like, lines are grouped into orders.
/// Built straight into a <see cref="PurchaseHistoryBuilder"/>, as the loader would.
/// </summary>
internal static class SyntheticPurchases
{
    private const int LinesPerOrder = 5;
    private const int Days = 365;

    public static PurchaseHistory Generate(int customers, int items, long lines, int seed)
    {
        var random = new Random(seed);
        var topics = Math.Max(1, items / 250);
        var customerIds = Ids("C", customers);
        var itemIds = Ids("I", items);
        var builder = new PurchaseHistoryBuilder();
        for (var item = 0; item < items; item++)
        {
            builder.AddCatalogItem(itemIds[item], null, "topic-" + (item % topics).ToString(CultureInfo.InvariantCulture), MathF.Round(MathF.Exp(1f + (float)random.NextDouble() * 3f), 2));
        }

        var start = new DateTime(2024, 1, 1);
        var perTopic = items / topics;
        var order = 0;
        var perCustomer = (double)lines / customers;
        long written = 0;
        for (var customer = 0; customer < customers && written < lines; customer++)
        {
            var favourite = random.Next(topics);
            var second = random.Next(topics);
            var count = Math.Max(1, (int)Math.Round(-perCustomer * Math.Log(1 - random.NextDouble())));
            var time = start.AddMinutes(random.Next(Days * 24 * 60));
            for (var line = 0; line < count && written < lines; line++, written++)
            {
                if (line % LinesPerOrder == 0)
                {
                    order++;
                    time = start.AddMinutes(random.Next(Days * 24 * 60));
                }

                var topic = random.NextDouble() < 0.7 ? favourite : random.NextDouble() < 0.6 ? second : random.Next(topics);
                var rank = (int)Math.Min(perTopic - 1, Math.Floor(Math.Pow(perTopic, random.NextDouble())) - 1);
                var item = Math.Min(items - 1, (rank * topics) + topic);
                builder.AddPurchase(customerIds[customer], itemIds[item], "O" + order.ToString(CultureInfo.InvariantCulture), time, 1 + random.Next(3), 1f);
            }
        }

        return builder.Build();
    }

    private static string[] Ids(string prefix, int count)
    {
        var ids = new string[count];
        for (var index = 0; index < count; index++)
        {
            ids[index] = prefix + index.ToString(CultureInfo.InvariantCulture);
        }

        return ids;
    }
}

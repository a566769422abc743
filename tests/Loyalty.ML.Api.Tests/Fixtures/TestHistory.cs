using Loyalty.ML.Data;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>A small generated purchase history with a fixed seed: customers with favourite categories, some of them lapsed.</summary>
public static class TestHistory
{
    /// <summary>Customer ids are <c>C0000</c>…; item ids <c>I000</c>….</summary>
    public static PurchaseHistory Generate(int customers = 300, int items = 60, int seed = 42)
    {
        var random = new Random(seed);
        var builder = new PurchaseHistoryBuilder();
        var categories = new[] { "tea", "coffee", "bakery", "dairy" };
        for (var item = 0; item < items; item++)
        {
            builder.AddCatalogItem(ItemId(item), $"Item {item}", categories[item % categories.Length], 1f + (item % 15));
        }

        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var customer = 0; customer < customers; customer++)
        {
            var favourite = random.Next(categories.Length);
            var orders = 2 + random.Next(10);
            var activeDays = customer % 4 == 0 ? 200 : 360;
            for (var order = 0; order < orders; order++)
            {
                var time = start.AddDays(random.Next(activeDays)).AddMinutes(customer);
                var orderId = $"O{customer:D4}-{order:D2}";
                for (var line = 0; line < 1 + random.Next(4); line++)
                {
                    var item = random.NextDouble() < 0.7
                        ? favourite + (categories.Length * random.Next(items / categories.Length))
                        : random.Next(items);
                    builder.AddPurchase(CustomerId(customer), ItemId(item), orderId, time, 1 + random.Next(3), 1f + (item % 15));
                }
            }
        }

        return builder.Build();
    }

    /// <summary>Id of customer <paramref name="index"/>.</summary>
    public static string CustomerId(int index) => $"C{index:D4}";

    /// <summary>Id of item <paramref name="index"/>.</summary>
    public static string ItemId(int index) => $"I{index:D3}";
}

using System.Globalization;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations;

/// <summary>
/// A small shop with two tastes: kitchen items K1..K6 and garden items G1..G6 (price = number), 40 customers who buy
/// within their taste in orders of two or three items (kitchen buyers other than c0 add G6 to one order), plus hand-made buy-again customers.
/// </summary>
internal static class RecommenderTestData
{
    public static readonly DateTime Start = new(2024, 1, 1);

    public static readonly DateTime AsOf = new(2024, 4, 30);

    public static AlsOptions FastAls { get; } = new() { Factors = 4, Iterations = 8, Regularization = 0.1f, Alpha = 2, Threads = 1, Seed = 3 };

    public static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        for (var number = 1; number <= 6; number++)
        {
            builder.AddCatalogItem($"K{number}", $"KITCHEN ITEM {number}", "kitchen", number);
            builder.AddCatalogItem($"G{number}", $"GARDEN ITEM {number}", "garden", number);
        }

        var random = new Random(5);
        var order = 0;
        for (var customer = 0; customer < 40; customer++)
        {
            var taste = customer % 2 == 0 ? "K" : "G";
            for (var visit = 0; visit < 4; visit++)
            {
                var time = Start.AddDays(random.Next(100));
                order++;
                foreach (var number in Enumerable.Range(1, 5).OrderBy(_ => random.Next()).Take(2 + random.Next(2)))
                {
                    builder.AddPurchase($"c{customer}", $"{taste}{number}", $"o{order}", time, 1, number);
                }

                if (visit == 0 && taste == "K" && customer > 0)
                {
                    builder.AddPurchase($"c{customer}", "G6", $"o{order}", time, 1, 6);
                }
            }
        }

        // Regular buyer: K6 every 10 days, last 12 days before the last date; G6 every 10 days, last 3 days before it.
        for (var cycle = 0; cycle < 4; cycle++)
        {
            builder.AddPurchase("regular", "K6", $"r{cycle}", AsOf.AddDays(-12 - (10 * cycle)), 1, 6);
            builder.AddPurchase("regular", "G6", $"s{cycle}", AsOf.AddDays(-3 - (10 * cycle)), 1, 6);
        }

        builder.AddPurchase("regular", "K1", "r-once", AsOf.AddDays(-50), 1, 1);
        builder.AddPurchase("last", "K1", "last", AsOf, 1, 1);
        return builder.Build();
    }

    public static ModelRecommender Recommender(PurchaseHistory? history = null)
    {
        var options = new RecommenderOptions { Als = FastAls, Evaluate = false };
        history ??= History();
        return new ModelRecommender(RecommenderTrainer.Fit(history, options, ModelChoice.Default, TrainingWindow.Whole(history)).Model);
    }

    public static string Day(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

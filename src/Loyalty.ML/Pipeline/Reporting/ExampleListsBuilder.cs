using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>
/// Picks a few customers and items and asks the published recommender for their lists: the customers with the most
/// purchase lines (whose histories say most about what a list should hold) and the most bought items.
/// </summary>
internal static class ExampleListsBuilder
{
    private const int Subjects = 3;
    private const int ItemsShown = 5;
    private const int ContextShown = 4;

    public static IReadOnlyList<ExampleList> Build(PurchaseHistory history, IRecommender recommender)
    {
        var lines = history.Purchases;
        var linesPerCustomer = new int[history.Customers.Count];
        var buyersPerItem = new int[history.Items.Count];
        for (var line = 0; line < lines.Count; line++)
        {
            linesPerCustomer[lines.Customer[line]]++;
            if (lines.Item[line] >= 0)
            {
                buyersPerItem[lines.Item[line]]++;
            }
        }

        var customers = Top(linesPerCustomer);
        var items = Top(buyersPerItem);
        var examples = new List<ExampleList>();
        foreach (var customer in customers)
        {
            var answer = recommender.Recommend(history.Customers[customer], new RecommendationQuery(ItemsShown));
            examples.Add(new ExampleList(ExampleList.Personal, history.Customers[customer], null, Latest(history, customer), Named(history, answer)));
        }

        foreach (var item in items)
        {
            var answer = recommender.AlsoBought(history.Items[item], ItemsShown);
            examples.Add(new ExampleList(ExampleList.AlsoBought, history.Items[item], NameOf(history, item), [], Named(history, answer)));
        }

        return examples;
    }

    private static int[] Top(int[] counts) =>
        [.. Enumerable.Range(0, counts.Length).Where(index => counts[index] > 0).OrderByDescending(index => counts[index]).ThenBy(index => index).Take(Subjects)];

    // The customer's latest distinct items, latest first.
    private static List<ExampleItem> Latest(PurchaseHistory history, int customer)
    {
        var lines = history.Purchases;
        return [.. Enumerable.Range(0, lines.Count)
            .Where(line => lines.Customer[line] == customer && lines.Item[line] >= 0)
            .OrderByDescending(line => lines.Time[line])
            .Select(line => lines.Item[line])
            .Distinct()
            .Take(ContextShown)
            .Select(item => new ExampleItem(history.Items[item], NameOf(history, item), null))];
    }

    private static List<ExampleItem> Named(PurchaseHistory history, RecommendationResult answer) =>
        [.. answer.Items.Select(recommended => new ExampleItem(
            recommended.ItemId,
            history.Items.TryGetIndex(recommended.ItemId, out var item) ? NameOf(history, item) : null,
            recommended.Reason))];

    private static string? NameOf(PurchaseHistory history, int item) => item < history.Catalog.Names.Length ? history.Catalog.Names[item] : null;
}

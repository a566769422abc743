using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Tests.Simulation;

public sealed class CustomerTasteTests
{
    private static readonly SampleCatalog Catalog = new(600, 3);

    [Fact]
    public void PickItem_ManyPicks_ConcentrateOnOneOrTwoStylesAcrossCategories()
    {
        var taste = new CustomerTaste(Catalog);
        var shares = new List<double>();

        for (var customer = 0; customer < 200; customer++)
        {
            var random = new SampleRandom(9, customer);
            taste.Draw(ref random, firstDay: 0);
            var styles = new int[ItemStyles.Count];
            for (var pick = 0; pick < 200; pick++)
            {
                styles[Catalog.Styles.Style[taste.PickItem(ref random)]]++;
            }

            shares.Add(styles.OrderDescending().Take(2).Sum() / 200.0);
        }

        // Without a style mix two of six styles would get about a third of the picks.
        Assert.InRange(shares.Average(), 0.6, 0.95);
    }

    [Fact]
    public void Advance_YearsLater_HasTakenUpOtherCategories()
    {
        var taste = new CustomerTaste(Catalog);
        var changed = 0;

        for (var customer = 0; customer < 100; customer++)
        {
            var random = new SampleRandom(4, customer);
            taste.Draw(ref random, firstDay: 0);
            var before = PreferredCategories(taste, ref random);
            taste.Advance(3_000, ref random);
            changed += PreferredCategories(taste, ref random).SetEquals(before) ? 0 : 1;
        }

        Assert.True(changed > 80, $"{changed} of 100 customers changed their interests over 3,000 days");
    }

    [Fact]
    public void Advance_SameDay_KeepsTheInterests()
    {
        var taste = new CustomerTaste(Catalog);
        var random = new SampleRandom(4, 1);
        taste.Draw(ref random, firstDay: 10);
        var before = PreferredCategories(taste, ref random);

        taste.Advance(10, ref random);

        Assert.True(PreferredCategories(taste, ref random).SetEquals(before));
    }

    private static HashSet<int> PreferredCategories(CustomerTaste taste, ref SampleRandom random)
    {
        var counts = new Dictionary<int, int>();
        for (var pick = 0; pick < 400; pick++)
        {
            var category = Catalog.Category[taste.PickItem(ref random)];
            counts[category] = counts.GetValueOrDefault(category) + 1;
        }

        // Preferred categories get 90% of the picks between at most four of them; anything else is a stray pick.
        return counts.Where(pair => pair.Value >= 40).Select(pair => pair.Key).ToHashSet();
    }
}

using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Tests.Simulation;

public sealed class ItemStylesTests
{
    private static readonly SampleCatalog Catalog = new(600, 11);

    [Fact]
    public void PickInCategory_WantedStyle_StaysInTheCategoryAndLeansToTheStyle()
    {
        var random = new SampleRandom(1, 0);
        var (styled, draws) = (0, 0);

        for (var category = 0; category < Catalog.CategoryCount; category++)
        {
            for (var draw = 0; draw < 500; draw++, draws++)
            {
                var item = Catalog.Styles.PickInCategory(category, 2, ref random);
                Assert.Equal(category, Catalog.Category[item]);
                styled += Catalog.Styles.Style[item] == 2 ? 1 : 0;
            }
        }

        // A sixth of the items have the style; at 8× their weight they get well over half the picks.
        Assert.InRange(styled / (double)draws, 0.5, 0.75);
    }

    [Fact]
    public void PickAnywhere_WantedStyle_LeansToTheStyleAcrossMostCategories()
    {
        var random = new SampleRandom(2, 0);
        var categories = new HashSet<int>();
        var styled = 0;
        const int Draws = 20_000;

        for (var draw = 0; draw < Draws; draw++)
        {
            var item = Catalog.Styles.PickAnywhere(4, ref random);
            styled += Catalog.Styles.Style[item] == 4 ? 1 : 0;
            categories.Add(Catalog.Category[item]);
        }

        Assert.InRange(styled / (double)Draws, 0.5, 0.75);
        Assert.True(categories.Count > 0.9 * Catalog.CategoryCount, $"picks reach {categories.Count} of {Catalog.CategoryCount} categories");
    }

    [Fact]
    public void CategoryCumulative_DifferentStyles_FavourDifferentCategories()
    {
        var first = Catalog.Styles.CategoryCumulative(0).ToArray();

        var differing = Enumerable.Range(1, ItemStyles.Count - 1).Count(style => !Catalog.Styles.CategoryCumulative(style).SequenceEqual(first));

        Assert.Equal(ItemStyles.Count - 1, differing);
        Assert.All(Enumerable.Range(0, ItemStyles.Count), style => Assert.True(Catalog.Styles.CategoryCumulative(style)[^1] > 0));
    }
}

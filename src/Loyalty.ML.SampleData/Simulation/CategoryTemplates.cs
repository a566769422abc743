namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// The categories of the sample catalog, listed in complementary pairs: category 2k and 2k+1 are bought
/// together (coffee with filters, printers with ink). A catalog needing more categories reuses the list
/// with a number after the name.
/// </summary>
internal static class CategoryTemplates
{
    public static IReadOnlyList<CategoryTemplate> All { get; } =
    [
        new("Coffee", 9, 28), new("Coffee Filters", 4, 45),
        new("Tea", 6, 30), new("Biscuits", 3, 0),
        new("Shampoo", 7, 35), new("Conditioner", 7, 40),
        new("Baby Formula", 18, 14), new("Diapers", 15, 14),
        new("Dog Food", 25, 30), new("Dog Treats", 6, 0),
        new("Printers", 120, 0), new("Ink & Toner", 30, 60),
        new("Smartphones", 350, 0), new("Phone Cases", 15, 0),
        new("Pasta", 2, 0), new("Pasta Sauces", 3, 0),
        new("Wine", 12, 0), new("Cheese", 6, 0),
        new("Cat Food", 20, 30), new("Cat Litter", 12, 30),
        new("Cameras", 400, 0), new("Memory Cards", 20, 0),
        new("Running Shoes", 90, 0), new("Sports Socks", 10, 0),
        new("Razors", 25, 0), new("Razor Blades", 15, 30),
        new("Toothbrushes", 5, 0), new("Toothpaste", 3, 30),
        new("Paint", 30, 0), new("Paint Brushes", 8, 0),
        new("Grills", 250, 0), new("Charcoal", 10, 0),
        new("Laptops", 800, 0), new("Laptop Bags", 40, 0),
        new("Yoga Mats", 30, 0), new("Yoga Wear", 35, 0),
        new("Notebooks", 4, 0), new("Pens", 2, 0),
        new("Candles", 12, 0), new("Candle Holders", 18, 0),
        new("Bed Linen", 45, 0), new("Pillows", 25, 0),
        new("Vitamins", 14, 30), new("Protein Bars", 2, 0),
        new("Skin Cream", 16, 45), new("Sunscreen", 12, 0),
        new("Cereal", 4, 14), new("Yogurt", 1, 0),
    ];

    /// <summary>The template and display name of category <paramref name="index"/>.</summary>
    public static (CategoryTemplate Template, string Name) For(int index)
    {
        var template = All[index % All.Count];
        var round = index / All.Count;
        return (template, round == 0 ? template.Name : $"{template.Name} {round + 1}");
    }
}

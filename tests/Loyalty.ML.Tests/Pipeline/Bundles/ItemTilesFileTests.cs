using Loyalty.ML.Core;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Pipeline.Bundles;

public sealed class ItemTilesFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loyalty-tiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WriteThenRead_EveryItem_KeepsItsTileIncludingQuotesCommasAndMissingValues()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddCatalogItem("i1", "Mug, \"large\"", "kitchen", 4.5f, url: "/items/i1", imageUrl: "https://cdn.example/i1.jpg");
        builder.AddCatalogItem("i2", "Two\nlines", null, null);
        builder.AddPurchase("c1", "i1", "o1", new DateTime(2025, 1, 2), 1, 4.5f);
        builder.AddPurchase("c1", "i2", "o1", new DateTime(2025, 1, 2), 1, 2.25f);
        var path = Path.Combine(_folder, ItemTilesFile.FileName);

        ItemTilesFile.Write(path, builder.Build());
        var tiles = ItemTilesFile.Read(path);

        Assert.Equal(new ItemTile("i1", "Mug, \"large\"", "kitchen", 4.5, "/items/i1", "https://cdn.example/i1.jpg"), tiles["i1"]);
        Assert.Equal(new ItemTile("i2", "Two lines", null, 2.25, null, null), tiles["i2"]);
    }

    [Theory]
    [InlineData("i1,Mug,kitchen,not-a-price,,", "line 2")]
    [InlineData("i1,Mug,kitchen,1,,\ni1,Mug,kitchen,1,,", "appears twice")]
    public void Read_BadFile_ThrowsNamingTheLine(string rows, string expected)
    {
        var path = Path.Combine(_folder, ItemTilesFile.FileName);
        File.WriteAllText(path, $"{ItemTilesFile.Header}\n{rows}\n");

        var error = Assert.Throws<InvalidDataException>(() => ItemTilesFile.Read(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

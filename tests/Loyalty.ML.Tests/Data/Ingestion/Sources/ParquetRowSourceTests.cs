using Loyalty.ML.Data;
using Parquet;
using Parquet.Schema;

namespace Loyalty.ML.Tests.Data.Ingestion.Sources;

public sealed class ParquetRowSourceTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Load_ParquetWithTypedColumnsAndRowGroups_RoundTripsEveryRow()
    {
        var path = Path.Combine(_folder.Path, "transactions.parquet");
        var customer = new DataField<string>("customer_id");
        var item = new DataField<string>("item_id");
        var time = new DataField<DateTime>("timestamp");
        var quantity = new DataField<int?>("quantity");
        var price = new DataField<double>("unit_price");
        await using (var file = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(customer, item, time, quantity, price), file))
        {
            await WriteGroup(writer, ["c1", "c2", null], ["i1", "i2", "i1"], [2, null, 1], 0);
            await WriteGroup(writer, ["c3", "c1"], ["i3", "i1"], [-1, 4], 3);

            async Task WriteGroup(ParquetWriter parquet, string?[] customers, string[] items, int?[] quantities, int day)
            {
                using var group = parquet.CreateRowGroup();
                await group.WriteAsync(customer, customers);
                await group.WriteAsync(item, items);
                await group.WriteAsync<DateTime>(time, customers.Select((_, i) => new DateTime(2024, 1, 1 + day + i, 10, 30, 0)).ToArray().AsMemory());
                await group.WriteAsync<int>(quantity, quantities.AsMemory());
                await group.WriteAsync<double>(price, customers.Select((_, i) => 1.25 * (i + 1)).ToArray().AsMemory());
            }
        }

        var result = PurchaseHistoryLoader.Load(new DataSources(path), new LoadOptions { MaxMalformedFraction = 1 });

        var report = result.Report;
        Assert.Equal(5, report.RowsRead);
        Assert.Equal(2, report.RowsAccepted);
        Assert.Equal(1, report.Outcomes["missing_customer_id"]);
        Assert.Equal(1, report.Outcomes["missing_field"]);
        Assert.Equal(1, report.Outcomes["cancellation"]);
        Assert.Equal(2, report.Transactions.Examples["missing_field"][0].Line);
        Assert.Equal(["c1", "c3"], result.History.Customers.Ids);
        Assert.Equal([2f, 4f], result.History.Purchases.Quantity);
        Assert.Equal([1.25f, 2.5f], result.History.Purchases.UnitPrice);
        Assert.Equal(new DateTime(2024, 1, 5, 10, 30, 0), result.History.LastTime);
        Assert.Equal(new DateTime(2024, 1, 4, 10, 30, 0), result.History.Returns.Time[0]);
    }

    [Fact]
    public void Load_TruncatedParquet_FailsNamingFile()
    {
        var path = Path.Combine(_folder.Path, "broken.parquet");
        File.WriteAllBytes(path, [.. "PAR1"u8, 1, 2, 3, 4, 5, 6, 7, 8]);

        var error = Assert.Throws<DataLoadException>(() => PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default));

        Assert.Equal(path, error.File);
    }
}

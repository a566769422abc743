namespace Loyalty.ML.SampleData;

/// <summary>File names and header lines of the sample data format (<c>data/sample/</c>).</summary>
public static class SampleFiles
{
    /// <summary>Default folder of the sample data, relative to the project root.</summary>
    public const string DefaultDirectory = "data/sample";

    /// <summary>Purchase and return lines.</summary>
    public const string Transactions = "transactions.csv";

    /// <summary>Item catalog.</summary>
    public const string Items = "items.csv";

    /// <summary>Customer master data.</summary>
    public const string Customers = "customers.csv";

    /// <summary>Churn ground truth (not read by the loader).</summary>
    public const string GroundTruth = "ground_truth.csv";

    /// <summary>Header of <see cref="Transactions"/>.</summary>
    public const string TransactionsHeader = "customer_id,item_id,order_id,timestamp,quantity,unit_price,channel,store";

    /// <summary>Header of <see cref="Items"/>.</summary>
    public const string ItemsHeader = "item_id,name,category,price,url,image_url";

    /// <summary>Header of <see cref="Customers"/>.</summary>
    public const string CustomersHeader = "customer_id,name,birthday,signup_date,preferred_channel,marketing_consent";

    /// <summary>Header of <see cref="GroundTruth"/>.</summary>
    public const string GroundTruthHeader = "customer_id,acquired_at,churned_at,lifecycle";

    /// <summary>The sample shop's page of an item: a path from the site's root, as a shop's own export would give it.</summary>
    public static string ItemUrl(string itemId) => $"/items/{itemId}";

    /// <summary>The sample shop's picture of an item.</summary>
    public static string ItemImageUrl(string itemId) => $"/images/{itemId}.jpg";
}

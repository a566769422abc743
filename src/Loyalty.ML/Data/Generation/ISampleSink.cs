namespace Loyalty.ML.Data.Generation;

/// <summary>Receives the generated data as it is made: the catalog first, then customer by customer.</summary>
internal interface ISampleSink
{
    void AddItem(string itemId, string name, string category, int priceCents);

    void AddCustomer(SampleCustomer customer);

    void AddLine(in SampleLine line);
}

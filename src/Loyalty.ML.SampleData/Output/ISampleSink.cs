using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Output;

/// <summary>Receives the generated data as it is made: the catalog first, then customer by customer.</summary>
internal interface ISampleSink
{
    void AddItem(string itemId, string name, string category, int priceCents);

    void AddCustomer(SampleCustomer customer);

    void AddLine(in SampleLine line);
}

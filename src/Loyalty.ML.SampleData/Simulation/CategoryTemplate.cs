namespace Loyalty.ML.SampleData.Simulation;

/// <summary>A kind of product: its name, typical price and, for consumables, how many days a unit lasts.</summary>
internal sealed record CategoryTemplate(string Name, double BasePrice, int CycleDays)
{
    /// <summary>True for consumables that customers buy again on a cycle.</summary>
    public bool Replenishes => CycleDays > 0;
}

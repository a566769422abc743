namespace Loyalty.ML.SampleData.Simulation;

/// <summary>Where a generated order was placed.</summary>
internal enum SampleChannel
{
    Online,
    Store,
    App,
}

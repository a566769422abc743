namespace Loyalty.ML.SampleData.Simulation;

/// <summary>
/// One generated transaction line. Returns have a negative quantity and refer to the order they return
/// from; <see cref="Store"/> is -1 outside the store channel.
/// </summary>
internal readonly record struct SampleLine(
    int Customer,
    int ItemNumber,
    long Order,
    DateTime Time,
    int Quantity,
    int UnitPriceCents,
    SampleChannel Channel,
    int Store);

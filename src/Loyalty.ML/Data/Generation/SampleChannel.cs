namespace Loyalty.ML.Data.Generation;

/// <summary>Where a generated order was placed.</summary>
internal enum SampleChannel
{
    Online,
    Store,
    App,
}

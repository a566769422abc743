namespace Loyalty.ML.Data.Exposures;

/// <summary>A served list as the exposure table and the shared stream keep it: its customer, its time and the rest as one <see cref="ExposureText.Format"/>ted text.</summary>
/// <param name="CustomerId">Business id of the customer the list was served to.</param>
/// <param name="ServedMs">When it was served, Unix milliseconds.</param>
/// <param name="Text">Everything else (<see cref="ExposureText.Format"/>).</param>
public readonly record struct ExposureRow(string CustomerId, long ServedMs, string Text);

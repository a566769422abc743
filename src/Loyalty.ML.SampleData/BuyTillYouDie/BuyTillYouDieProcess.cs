namespace Loyalty.ML.SampleData.BuyTillYouDie;

/// <summary>
/// The BG/NBD process simulated customers follow (Fader, Hardie &amp; Lee 2005): purchase rate λ ~ Gamma(r, α),
/// drop-out probability after each repeat purchase p ~ Beta(a, b). Times are in the unit of the simulation (days or weeks).
/// </summary>
/// <param name="R">Shape r of the purchase-rate gamma.</param>
/// <param name="Alpha">Rate α of the purchase-rate gamma.</param>
/// <param name="A">First shape a of the drop-out beta.</param>
/// <param name="B">Second shape b of the drop-out beta.</param>
public sealed record BuyTillYouDieProcess(double R, double Alpha, double A, double B);

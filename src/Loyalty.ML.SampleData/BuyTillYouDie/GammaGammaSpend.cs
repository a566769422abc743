namespace Loyalty.ML.SampleData.BuyTillYouDie;

/// <summary>
/// The Gamma-Gamma spend simulated customers follow (Fader, Hardie &amp; Lee 2005b): each purchase value ~ Gamma(p, ν),
/// ν ~ Gamma(q, v) across customers.
/// </summary>
/// <param name="P">Shape p of a purchase value.</param>
/// <param name="Q">Shape q of ν across customers.</param>
/// <param name="V">Rate v of ν across customers.</param>
internal sealed record GammaGammaSpend(double P, double Q, double V);

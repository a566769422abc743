namespace Loyalty.ML.SampleData.BuyTillYouDie;

/// <summary>One simulated customer as a BG/NBD fit reads them: (x, tₓ, T) after a first purchase at time 0.</summary>
/// <param name="Frequency">Repeat purchases x.</param>
/// <param name="Recency">Time tₓ of the last purchase.</param>
/// <param name="Age">Time T observed.</param>
internal readonly record struct SimulatedSummary(double Frequency, double Recency, double Age);

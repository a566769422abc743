namespace Loyalty.ML.Core;

/// <summary>How far a long step is: a fraction from 0 to 1 and an optional line of detail.</summary>
public sealed record TrainingProgress(string Step, double Fraction, string? Message);

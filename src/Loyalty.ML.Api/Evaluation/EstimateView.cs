namespace Loyalty.ML.Api.Evaluation;

/// <summary>A figure with its standard error and 95% interval (normal approximation, customers as the independent units).</summary>
public sealed record EstimateView(double Value, double StandardError, double Low, double High);

namespace Loyalty.ML.Core.Statistics;

/// <summary>One bin of a calibration table: how many rows, their mean predicted probability and their observed positive rate.</summary>
internal sealed record CalibrationBin(int Bin, int Count, double MeanPredicted, double ObservedRate);

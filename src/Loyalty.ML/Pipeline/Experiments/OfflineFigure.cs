namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>The offline figure a version was published on: its served personal method's hit rate@K on its test split.</summary>
/// <param name="Method">The personal method served.</param>
/// <param name="HitRate">Its hit rate@K on the test split (customers with a new item bought in the test window).</param>
/// <param name="K">The K of that figure.</param>
public sealed record OfflineFigure(string Method, double HitRate, int K);

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>One personal candidate's figures (<c>recommendations.candidates.NAME</c>).</summary>
/// <param name="Name">The method's name (<see cref="MethodNames"/>).</param>
/// <param name="Test">Its figures on the time-split test.</param>
/// <param name="NdcgStdError">Standard error of its test NDCG over the customers.</param>
/// <param name="ValidationNdcg">Its NDCG on the time-split validation window, when it had enough customers.</param>
/// <param name="Eligible">False when a guard ruled it out (collapsed factors).</param>
public sealed record CandidateFigures(string Name, RankingSummary Test, double NdcgStdError, double? ValidationNdcg, bool Eligible)
{
    /// <summary>Its figures on the last-basket test (every customer's last basket held out), when evaluated.</summary>
    public RankingSummary? LastBasket { get; init; }

    /// <summary>Standard error of its last-basket NDCG.</summary>
    public double LastBasketStdError { get; init; }

    /// <summary>Its NDCG on the last-basket choice split (last baskets before the test split).</summary>
    public double? LastBasketValidationNdcg { get; init; }
}

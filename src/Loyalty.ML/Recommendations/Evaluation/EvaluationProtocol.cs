namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>How an evaluation holds purchases out of the fit.</summary>
internal enum EvaluationProtocol
{
    /// <summary>One cut in time for everyone: fit on the lines before it, score on the new items bought after it.</summary>
    TimeSplit,

    /// <summary>Each customer's own last basket held out (customers with two or more baskets): fit on everything else, score on its new items.</summary>
    LastBasket,
}

using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Recommendations.Selection;

/// <summary>One protocol's two evaluations: the choice split (validation, before the test) and the test split it reports on.</summary>
/// <param name="Protocol">The protocol.</param>
/// <param name="Validation">The choice split's evaluation; null when it has too few customers.</param>
/// <param name="Test">The test split's evaluation; null when it has no customers.</param>
internal sealed record ProtocolRun(EvaluationProtocol Protocol, RecommenderEvaluation? Validation, RecommenderEvaluation? Test)
{
    /// <summary>The evaluation the choice is made on: validation, else the test split.</summary>
    public RecommenderEvaluation? Choice => Validation ?? Test;

    /// <summary>The protocol's name in metrics.json.</summary>
    public string Name => NameOf(Protocol);

    /// <summary>A protocol's name in metrics.json.</summary>
    public static string NameOf(EvaluationProtocol protocol) => protocol switch
    {
        EvaluationProtocol.TimeSplit => "time_split",
        EvaluationProtocol.LastBasket => "last_basket",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "not a protocol"),
    };
}

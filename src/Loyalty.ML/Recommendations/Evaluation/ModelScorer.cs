using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>A model's personal scores exactly as serving ranks them (<see cref="PersonalScores"/>), for a candidate method.</summary>
internal sealed class ModelScorer(RecommenderModel model, PersonalMethod method) : IItemScorer
{
    public string Name => MethodNames.Of(method);

    public void Score(int customer, Span<float> scores) => PersonalScores.Fill(model, method, customer, scores[..model.Items.Count]);
}

using Loyalty.ML.Recommendations.Candidates;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>A fitted candidate's personal scores exactly as serving ranks them, over the base model of its fit.</summary>
internal sealed class ModelScorer(RecommenderModel model, IPersonalPart part) : IItemScorer
{
    public string Name => part.Name;

    public void Score(int customer, Span<float> scores) => part.Score(model, customer, scores[..model.Items.Count]);
}

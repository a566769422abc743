using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn;

/// <summary>One reason behind a churn score: the feature, its signed contribution to the score (positive raises the risk), the sentence, and whether it argues against the score.</summary>
/// <param name="Feature">The feature the sentence speaks of.</param>
/// <param name="Contribution">Its contribution to the churn score; positive raises the risk.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Counterpoint">True when it points the other way from the score, and is shown only labelled so.</param>
internal sealed record ChurnReason(ChurnFeature Feature, float Contribution, string Text, bool Counterpoint)
{
    /// <summary>What a counterpoint's sentence starts with.</summary>
    public const string CounterpointLabel = "counterpoint: ";

    /// <summary>The sentence as shown: labelled when it is a counterpoint.</summary>
    public string Sentence => Counterpoint ? CounterpointLabel + Text : Text;
}

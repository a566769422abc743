namespace Loyalty.ML.Recommendations.Answers;

/// <summary>What put an item in a list; turned into the reason shown with it.</summary>
internal enum AnswerSource
{
    Factors,
    CoOccurrence,
    Similar,
    Popular,
    Cycle,
    Upgrade,
}

namespace Loyalty.ML.Churn;

/// <summary>Churn scores of a loaded bundle, precomputed for every known customer.</summary>
public interface IChurnScores
{
    /// <summary>Days ahead the probability speaks of.</summary>
    int HorizonDays { get; }

    /// <summary>Date the scores are as of: the last date in the training data.</summary>
    DateOnly AsOf { get; }

    /// <summary>All scores, highest probability first, ties by customer id: a stable order for paging.</summary>
    IReadOnlyList<ChurnScore> ByRisk { get; }

    /// <summary>Looks up one customer's score.</summary>
    bool TryGet(string customerId, out ChurnScore score);
}

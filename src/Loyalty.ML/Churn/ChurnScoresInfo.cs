namespace Loyalty.ML.Churn;

/// <summary>What the saved scores speak of: <c>churn.json</c> beside <c>churn_scores.csv</c> in the bundle.</summary>
internal sealed record ChurnScoresInfo(int HorizonDays, DateOnly AsOf, int Customers, double MediumRiskThreshold, double HighRiskThreshold, int ClvMonths, double ClvMonthlyDiscountRate);

namespace Loyalty.ML.Api.Models;

/// <summary>Events reported after the served model's last day and applied on top of it.</summary>
public sealed record EventsSinceTrainingView(DateOnly ModelLastDay, long Purchases, long Offers);

namespace Loyalty.ML.Offers;

/// <summary>Which of the program's limits took something from one customer's offers.</summary>
[Flags]
internal enum LimitRemovals
{
    /// <summary>No limit took anything.</summary>
    None = 0,

    /// <summary>Marketing offers removed: the customer refused consent.</summary>
    ConsentRefused = 1,

    /// <summary>Marketing offers removed: the customer's consent is unknown and counts as refused.</summary>
    ConsentUnknown = 2,

    /// <summary>A discount cut to <see cref="ProgramLimits.MaxDiscountPercent"/> (the offer stays).</summary>
    DiscountCapped = 4,

    /// <summary>A bonus offer removed: the customer is at <see cref="ProgramLimits.MonthlyBonusCap"/>.</summary>
    MonthlyBonusCap = 8,

    /// <summary>Offers removed beyond <see cref="ProgramLimits.MaxOffersPerCustomer"/> per period.</summary>
    OffersPerPeriod = 16,
}

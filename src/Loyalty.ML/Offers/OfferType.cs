namespace Loyalty.ML.Offers;

/// <summary>The kinds of offer a loyalty program sends.</summary>
public enum OfferType
{
    /// <summary>A return discount for a valuable customer at high churn risk.</summary>
    WinBack,

    /// <summary>Complements of recent purchases.</summary>
    CrossSell,

    /// <summary>A higher tier of what the customer buys.</summary>
    UpSell,

    /// <summary>A reminder for items due to be bought again; a service message, sent without marketing consent.</summary>
    Replenishment,

    /// <summary>A bonus in the window before the customer's birthday.</summary>
    Birthday,

    /// <summary>A bonus in the window before the anniversary of the customer's sign-up.</summary>
    Anniversary,

    /// <summary>A welcome discount that brings a new customer to a second order.</summary>
    NewCustomerNurture,

    /// <summary>Early access and a bonus multiplier for the best customers.</summary>
    VipPrivilege,
}

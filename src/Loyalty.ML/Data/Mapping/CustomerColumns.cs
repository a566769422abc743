namespace Loyalty.ML.Data.Mapping;

/// <summary>Column names of the customers file; <c>null</c> means the file has no such column.</summary>
public sealed record CustomerColumns
{
    /// <summary>Customer id (required).</summary>
    public string CustomerId { get; init; } = "customer_id";

    /// <summary>Name.</summary>
    public string? Name { get; init; } = "name";

    /// <summary>Birthday (a date).</summary>
    public string? Birthday { get; init; } = "birthday";

    /// <summary>Signup date.</summary>
    public string? SignupDate { get; init; } = "signup_date";

    /// <summary>Preferred channel.</summary>
    public string? PreferredChannel { get; init; } = "preferred_channel";

    /// <summary>Marketing consent.</summary>
    public string? MarketingConsent { get; init; } = "marketing_consent";
}

using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>Where the offer rules and the issued-offer ledger are, and how often the service looks for changes to them.</summary>
internal sealed class OfferOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Offers";

    /// <summary>Offer rules (JSON); the documented defaults when empty.</summary>
    public string? RulesPath { get; set; }

    /// <summary>Offers already issued (<c>customer_id,offer_type,issued_on,bonus_value</c>), counted against the limits; none when empty.</summary>
    public string? IssuedOffersPath { get; set; }

    /// <summary>Campaign assignments file, appended to by <c>POST /v1/offers</c> with a campaign name; not recorded when empty.</summary>
    public string? AssignmentsPath { get; set; }

    /// <summary>How often the files are checked for changes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(5);
}

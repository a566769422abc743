using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>
/// Share of customers with any purchase after the campaign day: within the offer's validity and within 30, 60 and 90
/// days. A window the history does not yet cover for every customer of the campaign is null.
/// </summary>
/// <param name="WithinValidity">Up to the offer's last valid day.</param>
/// <param name="Within30Days">Within 30 days.</param>
/// <param name="Within60Days">Within 60 days.</param>
/// <param name="Within90Days">Within 90 days.</param>
public sealed record ConversionFigures(
    [property: JsonPropertyName("within_validity")] Difference? WithinValidity,
    [property: JsonPropertyName("within_30_days")] Difference? Within30Days,
    [property: JsonPropertyName("within_60_days")] Difference? Within60Days,
    [property: JsonPropertyName("within_90_days")] Difference? Within90Days);

using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>
/// One campaign measured on the purchases after its day: per offer type (each customer under the type of their best
/// offer) and overall (the offer types' differences weighted by their customers, so types held out at different
/// shares do not bias it), with the verdict in words.
/// </summary>
/// <param name="Campaign">The campaign's name.</param>
/// <param name="FirstDay">Its first day (a customer counts from their first assignment).</param>
/// <param name="LastDay">Its last day.</param>
/// <param name="ObservedDays">Days of purchases the history holds after the last campaign day.</param>
/// <param name="ConfiguredControlShare">Share of customers assigned to control.</param>
/// <param name="ByOfferType">Figures per offer type (snake_case).</param>
/// <param name="Overall">Figures of the whole campaign.</param>
/// <param name="CostBasis">How the cost was reckoned.</param>
/// <param name="Verdict">The headline in words: the difference, its interval and whether it is told from zero.</param>
public sealed record CampaignReport(
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("first_day")] DateOnly FirstDay,
    [property: JsonPropertyName("last_day")] DateOnly LastDay,
    [property: JsonPropertyName("observed_days")] int ObservedDays,
    [property: JsonPropertyName("control_share")] double ConfiguredControlShare,
    [property: JsonPropertyName("by_offer_type")] IReadOnlyDictionary<string, EffectFigures> ByOfferType,
    [property: JsonPropertyName("overall")] EffectFigures Overall,
    [property: JsonPropertyName("cost_basis")] string CostBasis,
    [property: JsonPropertyName("verdict")] string Verdict);

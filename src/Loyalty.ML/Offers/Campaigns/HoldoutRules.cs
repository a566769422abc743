namespace Loyalty.ML.Offers.Campaigns;

/// <summary>
/// The share of each campaign's customers held out as a control group: <see cref="ControlShare"/> unless the campaign
/// (<see cref="Campaigns"/>) or, failing that, the offer type (<see cref="OfferTypes"/>) sets its own.
/// </summary>
public sealed class HoldoutRules
{
    /// <summary>Share of a campaign's customers held out when nothing more specific is set.</summary>
    public double ControlShare { get; init; } = 0.1;

    /// <summary>Control share by campaign name; wins over the offer type's.</summary>
    public IReadOnlyDictionary<string, double> Campaigns { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Control share by offer type (snake_case, e.g. <c>win_back</c>).</summary>
    public IReadOnlyDictionary<string, double> OfferTypes { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The control share of <paramref name="campaign"/> for a customer whose (first) offer is of <paramref name="type"/>.</summary>
    public double ShareFor(string campaign, OfferType type) =>
        Campaigns.TryGetValue(campaign, out var byCampaign) ? byCampaign
        : OfferTypes.TryGetValue(type.Name, out var byType) ? byType
        : ControlShare;

    internal IEnumerable<string> Validate()
    {
        if (!IsShare(ControlShare))
        {
            yield return "holdout.control_share must be at least 0 and below 1";
        }

        foreach (var (campaign, share) in Campaigns.Where(pair => !IsShare(pair.Value)))
        {
            yield return $"holdout.campaigns.{campaign} must be at least 0 and below 1, not {share}";
        }

        foreach (var (name, share) in OfferTypes)
        {
            if (!OfferType.TryParse(name, out _))
            {
                yield return $"holdout.offer_types.{name} is not an offer type ({string.Join(", ", OfferType.All)})";
            }
            else if (!IsShare(share))
            {
                yield return $"holdout.offer_types.{name} must be at least 0 and below 1, not {share}";
            }
        }
    }

    private static bool IsShare(double share) => share is >= 0 and < 1;
}

using System.Globalization;
using System.Text.Json;

namespace Loyalty.ML.Offers;

/// <summary>
/// Tallies offers for the training report: customers who qualify for each type (before consent and
/// limits) and who receive it (after). Cost assumes each offer received is redeemed once on an order of
/// the customer's average value: the discount share of that order plus the bonus granted.
/// </summary>
internal sealed class OfferReport(int evaluated, int customers, ProgramLimits limits)
{
    private readonly OfferLimitTally _limits = new(limits);
    private readonly Dictionary<OfferType, (int Customers, double Cost)> _byType = [];
    private readonly Dictionary<OfferType, int> _qualifying = [];
    private int _withOffers;
    private double _winBackStake;
    private double _winBackReachedStake;

    private double Scale => evaluated == 0 ? 0 : (double)customers / evaluated;

    public void Add(CustomerFacts customer, IReadOnlyList<Offer> candidates, OfferProposal proposal)
    {
        _limits.Add(customer, proposal);
        var offers = proposal.Offers;
        var stake = customer.Churn is { } churn ? churn.Clv * churn.Probability : 0;
        foreach (var type in candidates.Select(offer => offer.Type).Distinct())
        {
            _qualifying[type] = _qualifying.GetValueOrDefault(type) + 1;
            _winBackStake += type == OfferType.WinBack ? stake : 0;
        }

        _withOffers += offers.Count > 0 ? 1 : 0;
        foreach (var offer in offers)
        {
            var (count, cost) = _byType.GetValueOrDefault(offer.Type);
            _byType[offer.Type] = (count + 1, cost + (offer.DiscountPercent / 100 * customer.AverageOrderValue) + offer.BonusValue);
            _winBackReachedStake += offer.Type == OfferType.WinBack ? stake : 0;
        }
    }

    public OfferMetrics Metrics(DateOnly asOf)
    {
        var byType = new Dictionary<string, OfferTypeMetrics>(StringComparer.Ordinal);
        foreach (var type in Enum.GetValues<OfferType>())
        {
            var (count, cost) = _byType.GetValueOrDefault(type);
            byType[JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString())] = new OfferTypeMetrics(
                Math.Round(_qualifying.GetValueOrDefault(type) * Scale), Math.Round(count * Scale), Math.Round(cost * Scale, 2));
        }

        return new OfferMetrics(
            asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            customers,
            evaluated,
            Math.Round(_withOffers * Scale),
            Math.Round(_byType.Values.Sum(pair => pair.Cost) * Scale, 2),
            "each offer redeemed once on an order of the customer's average value",
            byType,
            new WinBackMetrics(
                Math.Round(_qualifying.GetValueOrDefault(OfferType.WinBack) * Scale),
                Math.Round(_winBackStake * Scale, 2),
                Math.Round(_byType.GetValueOrDefault(OfferType.WinBack).Customers * Scale),
                Math.Round(_winBackReachedStake * Scale, 2)),
            _limits.Metrics(Scale));
    }

    public IEnumerable<string> SummaryLines() =>
    [
        string.Create(CultureInfo.InvariantCulture,
            $"offers: {Math.Round(_withOffers * Scale):N0} of {customers:N0} customers get at least one; win-back group {Math.Round(_qualifying.GetValueOrDefault(OfferType.WinBack) * Scale):N0} customers, churn-weighted revenue at stake {_winBackStake * Scale:N0} ({_winBackReachedStake * Scale:N0} reachable within consent and limits)"),
        .. _limits.Metrics(Scale).Lines().Select(line => $"offers: {line}"),
    ];
}

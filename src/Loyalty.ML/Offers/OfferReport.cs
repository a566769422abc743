using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Loyalty.ML.Offers;

/// <summary>
/// Tallies proposed offers for the training report. Cost assumes each offer is redeemed once on an
/// order of the customer's average value: the discount share of that order plus the bonus granted.
/// </summary>
internal sealed class OfferReport(int evaluated, int customers)
{
    private readonly Dictionary<OfferType, (int Customers, double Cost)> _byType = [];
    private int _withOffers;
    private double _winBackStake;

    private double Scale => evaluated == 0 ? 0 : (double)customers / evaluated;

    public void Add(CustomerFacts customer, IReadOnlyList<Offer> offers)
    {
        _withOffers += offers.Count > 0 ? 1 : 0;
        foreach (var offer in offers)
        {
            var (count, cost) = _byType.GetValueOrDefault(offer.Type);
            _byType[offer.Type] = (count + 1, cost + (offer.DiscountPercent / 100 * customer.AverageOrderValue) + offer.BonusValue);
            if (offer.Type == OfferType.WinBack && customer.Churn is { } churn)
            {
                _winBackStake += churn.Clv * churn.Probability;
            }
        }
    }

    public JsonObject ToJson(DateOnly asOf)
    {
        var byType = new JsonObject();
        foreach (var type in Enum.GetValues<OfferType>())
        {
            var (count, cost) = _byType.GetValueOrDefault(type);
            byType[JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString())] = new JsonObject
            {
                ["customers"] = Math.Round(count * Scale),
                ["expected_cost"] = Math.Round(cost * Scale, 2),
            };
        }

        return new JsonObject
        {
            ["as_of"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["customers"] = customers,
            ["customers_evaluated"] = evaluated,
            ["customers_with_offers"] = Math.Round(_withOffers * Scale),
            ["expected_cost"] = Math.Round(_byType.Values.Sum(pair => pair.Cost) * Scale, 2),
            ["expected_cost_assumes"] = "each offer redeemed once on an order of the customer's average value",
            ["by_type"] = byType,
            ["win_back"] = new JsonObject
            {
                ["customers"] = Math.Round(_byType.GetValueOrDefault(OfferType.WinBack).Customers * Scale),
                ["churn_weighted_revenue_at_stake"] = Math.Round(_winBackStake * Scale, 2),
            },
        };
    }

    public string SummaryLine() => string.Create(CultureInfo.InvariantCulture,
        $"offers: {Math.Round(_withOffers * Scale):N0} of {customers:N0} customers get at least one; win-back revenue at stake {_winBackStake * Scale:N0}");
}

using System.Globalization;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Offers;

/// <summary>
/// Turns what is known of a customer (segment, churn risk, value, recommendations, calendar) into a
/// ranked list of offers within the program's limits. Stateless and thread-safe.
/// </summary>
public sealed class OfferEngine
{
    private readonly OfferRules _rules;

    /// <summary>Creates an engine for validated <paramref name="rules"/>.</summary>
    public OfferEngine(OfferRules rules)
    {
        var errors = rules.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid offer rules: {string.Join("; ", errors)}.", nameof(rules));
        }

        _rules = rules;
    }

    /// <summary>The rules in force.</summary>
    public OfferRules Rules => _rules;

    /// <summary>Offers for one customer as of <paramref name="today"/>, best first.</summary>
    public IReadOnlyList<Offer> Propose(CustomerFacts customer, CustomerOfferState state, IRecommender? recommender, DateOnly today) =>
        ProposeWithLimits(customer, state, recommender, today).Offers;

    /// <summary>Offers for one customer as of <paramref name="today"/>, with what the program's limits removed.</summary>
    public OfferProposal ProposeWithLimits(CustomerFacts customer, CustomerOfferState state, IRecommender? recommender, DateOnly today) =>
        OfferLimits.Apply(Candidates(customer, recommender, today), customer, state, _rules.Limits);

    /// <summary>Every offer the rules qualify the customer for, before consent and the program's limits.</summary>
    internal List<Offer> Candidates(CustomerFacts customer, IRecommender? recommender, DateOnly today)
    {
        var channel = customer.Profile?.PreferredChannel is { Length: > 0 } preferred ? preferred : _rules.DefaultChannel;
        var candidates = new List<Offer>();
        void Add(OfferRule rule, OfferType type, IReadOnlyList<string> items, string reason, double weight = 1, double? discount = null, DateOnly? until = null) =>
            candidates.Add(new Offer(type, items, discount ?? rule.DiscountPercent, rule.BonusValue, 1, channel, today, until ?? today.AddDays(_rules.ValidityDays), reason, rule.Priority * weight));

        if (_rules.WinBack is { Enabled: true } winBack && customer.Churn is { } churn
            && churn.Probability >= winBack.MinChurnProbability && churn.Clv >= winBack.MinClv)
        {
            Add(winBack, OfferType.WinBack, [], Invariant($"churn risk {churn.Probability:P0} with lifetime value {churn.Clv:N0}"), churn.Probability, winBack.DiscountFor(churn.Probability, churn.Clv));
        }

        AddItemOffer(_rules.CrossSell, OfferType.CrossSell, RecommendationKind.CrossSell, "complements of recent purchases");
        AddItemOffer(_rules.UpSell, OfferType.UpSell, RecommendationKind.UpSell, "a higher tier of what they buy");
        AddItemOffer(_rules.Replenishment, OfferType.Replenishment, RecommendationKind.BuyAgain, "due to be bought again");

        if (_rules.Birthday.Enabled && NextWithin(customer.Profile?.Birthday, today, _rules.Birthday.WindowDays) is { } birthday)
        {
            Add(_rules.Birthday, OfferType.Birthday, [], Invariant($"birthday on {birthday:yyyy-MM-dd}"), until: birthday.AddDays(7));
        }

        var joined = customer.Profile?.SignupDate ?? customer.FirstPurchase;
        if (_rules.Anniversary.Enabled && NextWithin(joined, today, _rules.Anniversary.WindowDays) is { } anniversary && anniversary.Year > joined.Year)
        {
            Add(_rules.Anniversary, OfferType.Anniversary, [], Invariant($"{anniversary.Year - joined.Year} year(s) with us on {anniversary:yyyy-MM-dd}"), until: anniversary.AddDays(7));
        }

        var tenureDays = today.DayNumber - customer.FirstPurchase.DayNumber;
        if (_rules.NewCustomer.Enabled && tenureDays <= _rules.NewCustomer.MaxTenureDays && customer.Orders <= _rules.NewCustomer.MaxOrders)
        {
            Add(_rules.NewCustomer, OfferType.NewCustomerNurture, [], Invariant($"new customer: first order {tenureDays} days ago"));
        }

        if (_rules.Vip.Enabled && customer.Segment is { } segment && _rules.Vip.Segments.Contains(segment, StringComparer.OrdinalIgnoreCase))
        {
            candidates.Add(new Offer(OfferType.VipPrivilege, [], 0, _rules.Vip.BonusValue, _rules.Vip.BonusMultiplier, channel, today, today.AddDays(_rules.ValidityDays), $"segment {segment}: early access and bonus ×{_rules.Vip.BonusMultiplier.ToString(CultureInfo.InvariantCulture)}", _rules.Vip.Priority));
        }

        return candidates;

        void AddItemOffer(ItemOfferRule rule, OfferType type, RecommendationKind kind, string why)
        {
            if (!rule.Enabled || recommender is null)
            {
                return;
            }

            var result = recommender.Recommend(customer.CustomerId, new RecommendationQuery(rule.Items, kind));
            if (result.Fallback is null && result.Items.Count > 0)
            {
                var reason = result.Items[0].Reason is { } first ? $"{why}: {first}" : why;
                Add(rule, type, result.Items.Select(item => item.ItemId).ToList(), reason);
            }
        }
    }

    /// <summary>The next occurrence of a yearly date on or after <paramref name="today"/>, when within <paramref name="windowDays"/>.</summary>
    internal static DateOnly? NextWithin(DateOnly? date, DateOnly today, int windowDays)
    {
        if (date is not { } yearly)
        {
            return null;
        }

        var next = OnYear(yearly, today.Year);
        if (next < today)
        {
            next = OnYear(yearly, today.Year + 1);
        }

        return next.DayNumber - today.DayNumber <= windowDays ? next : null;
    }

    // 29 February falls on 28 February in years without it.
    private static DateOnly OnYear(DateOnly date, int year) => new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

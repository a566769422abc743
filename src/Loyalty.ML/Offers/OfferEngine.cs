using Loyalty.ML.Recommendations;
using Loyalty.ML.Offers.Rules;

namespace Loyalty.ML.Offers;

/// <summary>
/// Turns what is known of a customer (segment, churn risk, value, recommendations, calendar) into a ranked list of
/// offers within the program's limits: every enabled rule proposes its own, then the limits apply. Stateless and
/// thread-safe.
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
    internal OfferProposal ProposeWithLimits(CustomerFacts customer, CustomerOfferState state, IRecommender? recommender, DateOnly today) =>
        OfferLimits.Apply(Candidates(customer, recommender, today), customer, state, _rules.Limits);

    /// <summary>Every offer the rules qualify the customer for, before consent and the program's limits, in registration order.</summary>
    internal List<Offer> Candidates(CustomerFacts customer, IRecommender? recommender, DateOnly today)
    {
        var channel = customer.Profile?.PreferredChannel is { Length: > 0 } preferred ? preferred : _rules.DefaultChannel;
        var context = new OfferContext(customer, recommender, today, channel, _rules.ValidityDays);
        return [.. _rules.Rules.Where(rule => rule.Enabled).SelectMany(rule => rule.Propose(context))];
    }
}

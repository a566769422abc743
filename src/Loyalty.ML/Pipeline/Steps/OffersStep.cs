using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Offers;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Runs after the recommender, churn and segmentation steps and is handed their models in memory: stores the
/// customer facts the offer rules need at serving time and reports, as of the last date in the data, how many customers each
/// offer type reaches, what it would cost, and the churn-weighted revenue at stake in the win-back group.
/// </summary>
internal static class OffersStep
{
    public const string Name = "offers";

    // Customers proposed for at once on every core (the engine and the recommender are thread-safe); a chunk bounds what is held.
    private const int Chunk = 1024;

    public static void Run(TrainingContext context, OfferRules rules, TrainedModels trained, int maxCustomersEvaluated = 50_000)
    {
        var activity = context.Activity;
        var customers = activity.Orders.Count(orders => orders > 0);
        var evaluated = new List<CustomerFacts>(Math.Min(customers, maxCustomersEvaluated));
        CustomerFactsFile.Write(context.PathOf(CustomerFactsFile.FileName), Sampled(CustomerFactsFile.From(context.History, activity), customers, maxCustomersEvaluated, evaluated));
        var staged = new BundleModels(trained.Recommender, trained.Churn, trained.Segments, Customers: null);
        var engine = new OfferEngine(rules);
        var today = DateOnly.FromDateTime(context.History.LastTime);
        var report = new OfferReport(evaluated.Count, customers, rules.Limits);
        var proposed = new (CustomerFacts Customer, List<Offer> Candidates, OfferProposal Proposal)[Math.Min(Chunk, evaluated.Count)];
        for (var start = 0; start < evaluated.Count; start += Chunk)
        {
            context.Report(Name, (double)start / evaluated.Count);
            var count = Math.Min(Chunk, evaluated.Count - start);
            Parallel.For(0, count, k =>
            {
                var customer = staged.WithScores(evaluated[start + k]);
                var candidates = engine.Candidates(customer, staged.Recommender, today);
                proposed[k] = (customer, candidates, OfferLimits.Apply(candidates, customer, CustomerOfferState.None, rules.Limits));
            });

            // Tallied in customer order, as one loop would: the report's sums come out the same to the last bit.
            foreach (var (customer, candidates, proposal) in proposed.AsSpan(0, count))
            {
                report.Add(customer, candidates, proposal);
            }
        }

        context.RunMetrics.Offers = report.Metrics(today);
        context.Parameters.Offers = rules;
        context.Summary.AddRange(report.SummaryLines());
    }

    // Large histories are reported on a systematic sample, scaled up: proposing offers for a million customers would dominate training time.
    // The facts pass through to the file; only the sample's are kept, not every customer's.
    private static IEnumerable<CustomerFacts> Sampled(IEnumerable<CustomerFacts> facts, int count, int maxCustomersEvaluated, List<CustomerFacts> sample)
    {
        var stride = Math.Max(1, (double)count / maxCustomersEvaluated);
        var position = 0;
        foreach (var fact in facts)
        {
            if (sample.Count < maxCustomersEvaluated && position == (int)(sample.Count * stride))
            {
                sample.Add(fact);
            }

            position++;
            yield return fact;
        }
    }
}

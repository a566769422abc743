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

    public static void Run(TrainingContext context, OfferRules rules, TrainedModels trained, int maxCustomersEvaluated = 50_000)
    {
        var facts = CustomerFactsFile.From(context.History, context.Activity).ToList();
        CustomerFactsFile.Write(context.PathOf(CustomerFactsFile.FileName), facts);
        var staged = new BundleModels(trained.Recommender, trained.Churn, trained.Segments, Customers: null);
        var engine = new OfferEngine(rules);
        var today = DateOnly.FromDateTime(context.History.LastTime);
        var evaluated = Sample(facts, maxCustomersEvaluated);
        var report = new OfferReport(evaluated.Count, facts.Count, rules.Limits);
        for (var index = 0; index < evaluated.Count; index++)
        {
            var customer = staged.WithScores(evaluated[index]);
            var candidates = engine.Candidates(customer, staged.Recommender, today);
            report.Add(customer, candidates, OfferLimits.Apply(candidates, customer, CustomerOfferState.None, rules.Limits));
            if (index % 1000 == 0)
            {
                context.Report(Name, (double)index / evaluated.Count);
            }
        }

        context.RunMetrics.Offers = report.Metrics(today);
        context.Parameters.Offers = rules;
        context.Summary.AddRange(report.SummaryLines());
    }

    // Large histories are reported on a systematic sample, scaled up: proposing offers for a million customers would dominate training time.
    private static List<CustomerFacts> Sample(List<CustomerFacts> facts, int maxCustomersEvaluated)
    {
        if (facts.Count <= maxCustomersEvaluated)
        {
            return facts;
        }

        var stride = (double)facts.Count / maxCustomersEvaluated;
        return Enumerable.Range(0, maxCustomersEvaluated).Select(index => facts[(int)(index * stride)]).ToList();
    }
}

using System.Globalization;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Evaluation.Metrics;

namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// The <c>recommendations</c> and <c>also_bought</c> sections of a selection: the deciding protocol's test figures at
/// the top (as metrics.json always had them), every candidate under both protocols, the choice and its confidence.
/// </summary>
internal sealed class SelectionFigures(ProtocolRun time, ProtocolRun basket, ProtocolRun deciding, SplitCustomers customers, Func<string, bool> eligible, Func<string, bool> eligibleAlsoBought)
{
    private readonly RecommenderEvaluation _test = deciding.Test!;

    public RecommenderMetrics Recommendations(string personal, string chosenOn, string? note, CandidateChoice choice, string protocolReason)
    {
        var test = _test;
        var popularity = test.Popularity ?? throw new InvalidOperationException("the deciding test split is scored with its baselines");
        var itemKnn = test.ItemKnn ?? throw new InvalidOperationException("the deciding test split is scored with its baselines");
        var baselines = new (string Name, double Ndcg)[]
        {
            ("baselines.popularity", popularity.Ndcg),
            ("baselines.item_knn", itemKnn.Ndcg),
            ("candidates.popularity", test.Personal["popularity"].Ndcg),
            ("candidates.popularity_all_time", test.Personal["popularity_all_time"].Ndcg),
            ("candidates.item_knn", test.Personal["item_knn"].Ndcg),
        };
        var best = baselines.OrderByDescending(baseline => baseline.Ndcg).First();
        var served = test.Personal[personal];
        var lift = Math.Round(served.Ndcg / Math.Max(best.Ndcg, 1e-12), 4);
        var choiceCustomers = deciding.Choice!.Split.TestCustomers.Length;
        return new RecommenderMetrics
        {
            Als = RankingSummary.From(test.Als),
            SplitTime = customers.TimeSplitTime ?? test.Split.SplitTime,
            EligibleTestCustomers = test.Split.EligibleTestCustomers,
            NdcgLiftOverItemKnn = Math.Round(test.Als.Ndcg / Math.Max(itemKnn.Ndcg, 1e-12), 4),
            Popularity = RankingSummary.From(popularity),
            ItemKnn = RankingSummary.From(itemKnn),
            Fit = test.Fit(),
            Served = RankingSummary.From(served),
            Chosen = personal,
            ChosenOn = chosenOn,
            BestBaseline = best.Name,
            NdcgLiftOverBestBaseline = lift,
            Headline = Text($"{personal} served (chosen on the {deciding.Name} {chosenOn}, {choiceCustomers:N0} customers): ndcg@{test.Options.K} {served.Ndcg:F4} ± {served.NdcgStdError:F4} on the {deciding.Name} test ({served.Customers:N0} customers), {lift:F2}× the best baseline ({best.Name} {best.Ndcg:F4})"),
            Candidates = [.. MethodNames.Personal.Select(Candidate)],
            ValidationSplitTime = deciding.Validation?.Split.SplitTime,
            ValidationCustomers = deciding.Validation?.Split.TestCustomers.Length ?? 0,
            FactorCollapse = test.Collapse,
            Note = note,
            Protocol = deciding.Name,
            ProtocolReason = protocolReason,
            ChoiceCustomers = choiceCustomers,
            Choice = choice,
            LastBasketTestCustomers = customers.BasketTest,
            LastBasketValidationCustomers = customers.BasketValidation,
            TimeSplitTestCustomers = customers.TimeTest,
            TimeSplitValidationCustomers = customers.TimeValidation,
            RepeatShare = customers.RepeatShare,
        };
    }

    public AlsoBoughtMetrics AlsoBought(string method, string chosenOn, string? note)
    {
        var validation = deciding.Validation;
        var served = _test.AlsoBoughtScores[method];
        return new AlsoBoughtMetrics(
            _test.Options.K,
            method,
            Math.Round(_test.AlsoBought["co_occurrence"], 5),
            Math.Round(_test.AlsoBought["factors"], 5),
            Math.Round(_test.AlsoBoughtPopularity, 5),
            served.Orders)
        {
            EligibleTestOrders = served.EligibleOrders,
            HitRateStdError = Math.Round(served.StdError, 5),
            Candidates = [.. MethodNames.AlsoBought.Select(candidate => new AlsoBoughtCandidate(
                candidate, Math.Round(_test.AlsoBought[candidate], 5), validation is null ? null : Math.Round(validation.AlsoBought[candidate], 5), eligibleAlsoBought(candidate)))],
            ChosenOn = chosenOn,
            Note = note,
        };
    }

    private CandidateFigures Candidate(string name)
    {
        var primary = time.Test ?? _test;
        return new CandidateFigures(name, RankingSummary.From(primary.Personal[name]), Math.Round(primary.Personal[name].NdcgStdError, 5), Ndcg(time.Validation, name), eligible(name))
        {
            LastBasket = basket.Test is { } test ? RankingSummary.From(test.Personal[name]) : null,
            LastBasketStdError = basket.Test is { } error ? Math.Round(error.Personal[name].NdcgStdError, 5) : 0,
            LastBasketValidationNdcg = Ndcg(basket.Validation, name),
        };
    }

    private static double? Ndcg(RecommenderEvaluation? evaluation, string name) => evaluation is null ? null : Math.Round(evaluation.Personal[name].Ndcg, 5);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

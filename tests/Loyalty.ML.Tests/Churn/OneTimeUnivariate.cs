using System.Globalization;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Evaluation;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.FirstPurchase;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Data;

namespace Loyalty.ML.Tests.Churn;

// TEMPORARY experiment harness, never committed.
public sealed class OneTimeUnivariate
{
    [Fact]
    public void Run_Univariate_WritesAucs()
    {
        foreach (var dataset in new[] { "retail", "sample" })
        {
            var sources = dataset == "retail"
                ? new DataSources(RepositoryPaths.OnlineRetail, Mapping: Path.Combine(RepositoryPaths.Root, "data", "mappings", "online-retail.json"))
                : DataSources.FromFolder("/tmp/onetime/sample");
            var history = PurchaseHistoryLoader.Load(sources, LoadOptions.Default).History;
            var timeline = CustomerTimelineBuilder.Build(history);
            var options = new ChurnOptions();
            var cutoff = ChurnEvaluation.TestCutoff(timeline, options);
            var test = ChurnFeatureBuilder.Build(timeline, cutoff);
            BuyTillYouDieFeatures.FitAndFill(test, 90);
            FirstPurchaseFeatures.FitAndFill(test, timeline, 90);
            var labels = ChurnLabels.Build(timeline, test, 90);
            var rows = Enumerable.Range(0, test.Count).Where(row => test[row, ChurnFeature.PurchaseDays] == 1).ToArray();
            var picked = rows.Select(row => labels[row]).ToArray();
            var text = new System.Text.StringBuilder($"{dataset} one-time n={rows.Length} churn={picked.Count(l => l) / (double)rows.Length:0.000}\n");

            foreach (var groups in new[] { "-", "ABCD", "A", "B" })
            {
                Environment.SetEnvironmentVariable("LOYALTY_ONETIME_GROUPS", groups);
                var masked = ChurnFeatureBuilder.Build(timeline, cutoff);
                BuyTillYouDieFeatures.FitAndFill(masked, 90);
                FirstPurchaseFeatures.FitAndFill(masked, timeline, 90);
                var (cvRows, cvProbabilities) = ChurnDiagnostics.CrossValidate(masked, labels, options)!.Value;
                var one = Enumerable.Range(0, cvRows.Length).Where(i => masked[cvRows[i], ChurnFeature.PurchaseDays] == 1).ToArray();
                var oneAuc = BinaryScoreMetrics.Auc(one.Select(i => cvProbabilities[i]).ToArray(), one.Select(i => labels[cvRows[i]]).ToArray());
                var allAuc = BinaryScoreMetrics.Auc(cvProbabilities, cvRows.Select(row => labels[row]).ToArray());
                text.Append(string.Create(CultureInfo.InvariantCulture, $"  in-time CV groups={groups}: one-time {oneAuc:0.0000} overall {allAuc:0.0000}\n"));
            }

            File.AppendAllText("/tmp/onetime/univariate.txt", text.ToString());
        }
    }
}

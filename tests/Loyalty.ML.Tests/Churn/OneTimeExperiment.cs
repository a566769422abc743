using System.Globalization;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Evaluation;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Data;

namespace Loyalty.ML.Tests.Churn;

// TEMPORARY experiment harness, never committed.
public sealed class OneTimeExperiment
{
    [Fact]
    public void Run_Experiment_WritesSegments()
    {
        var dataset = Environment.GetEnvironmentVariable("ONETIME_DATA") ?? "retail";
        var sources = dataset == "retail"
            ? new DataSources(RepositoryPaths.OnlineRetail, Mapping: Path.Combine(RepositoryPaths.Root, "data", "mappings", "online-retail.json"))
            : DataSources.FromFolder("/tmp/onetime/sample");
        var history = PurchaseHistoryLoader.Load(sources, LoadOptions.Default).History;
        var timeline = CustomerTimelineBuilder.Build(history);
        foreach (var groups in (Environment.GetEnvironmentVariable("ONETIME_SETS") ?? "all").Split(';'))
        {
        Environment.SetEnvironmentVariable("LOYALTY_ONETIME_GROUPS", groups == "all" ? null : groups == "none" ? "-" : groups);
        var m = ChurnEvaluation.Run(timeline, new ChurnOptions());
        var s = m.Diagnostics.Segments;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{dataset} groups={Environment.GetEnvironmentVariable("LOYALTY_ONETIME_GROUPS") ?? "all"} onetime={s.OneTime.Auc:0.0000} ({s.OneTime.AucInterval?.Low:0.0000}-{s.OneTime.AucInterval?.High:0.0000}) n={s.OneTime.Customers} repeat={s.Repeat.Auc:0.0000} ({s.Repeat.AucInterval?.Low:0.0000}-{s.Repeat.AucInterval?.High:0.0000}) overall={m.Auc:0.0000} intime={m.Diagnostics.InTimeCv?.Auc:0.0000}\n");
        File.AppendAllText("/tmp/onetime/experiments.txt", groups + " " + line);
        }
    }
}

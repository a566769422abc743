using Loyalty.ML.Api.Online;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Online;

/// <summary>Automatic promotion: only when asked for, with enough customers in both arms, and better by the always-valid interval.</summary>
public sealed class AutoPromotionTests
{
    private static readonly DateTimeOffset Started = DateTimeOffset.UtcNow.AddDays(-8);

    [Theory]
    [InlineData(true, 600, 0.30, true)]
    [InlineData(false, 600, 0.30, false)]
    [InlineData(true, 400, 0.30, false)]
    [InlineData(true, 600, 0.215, false)]
    [InlineData(true, 600, 0.10, false)]
    public async Task ConsiderAsync_Experiment_IsPromotedOnlyWhenAllowedBigEnoughAndSurelyBetter(bool autoPromote, long customers, double challengerRate, bool promoted)
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry =>
        {
            TestBundles.Publish(registry, "v1");
            TestBundles.Publish(registry, "v2");
            registry.SwitchCurrent("v1");
            ExperimentRegistry.Start(registry, "v2", 0.5, Started, "auto", autoPromote, minCustomers: 500);
        });
        var registry = host.Registry;
        var experiment = ExperimentsFile.Read(registry)[0];

        var done = await host.Services.GetRequiredService<AutoPromotion>().ConsiderAsync(Snapshot(experiment, Figures(challengerRate, customers), Figures(0.2, customers)));

        Assert.Equal(promoted ? ["auto"] : [], done);
        Assert.Equal(promoted ? "v2" : "v1", registry.CurrentVersion);
        Assert.Equal(promoted ? "v2" : "v1", host.Services.GetRequiredService<ModelProvider>().Current!.Version);
        Assert.Equal(promoted ? "promoted" : null, ExperimentsFile.Read(registry)[0].Outcome);
    }

    private static OnlineSnapshot Snapshot(Experiment experiment, ListFigures challenger, ListFigures champion)
    {
        var comparison = OnlineComparison.Compare(challenger, champion);
        var report = new ExperimentReport(experiment, challenger, champion, ["v1"], comparison, comparison!.Verdict, "a test");
        var evaluation = new OnlineEvaluation(DateTimeOffset.UtcNow, 7, 10, [], new Dictionary<string, ListFigures>());
        return new OnlineSnapshot(new OnlineReport(evaluation, new Dictionary<string, OfflineFigure>(), [report]), DateTimeOffset.UtcNow, "v1");
    }

    private static ListFigures Figures(double rate, long customers)
    {
        var error = Math.Sqrt(rate * (1 - rate) / customers);
        return new ListFigures(customers, customers, 0, (long)(rate * customers), Estimate.Of(rate, error), null, 0, null);
    }
}

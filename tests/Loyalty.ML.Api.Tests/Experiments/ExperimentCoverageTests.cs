using System.Globalization;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;
using MathNet.Numerics.Distributions;

namespace Loyalty.ML.Api.Tests.Experiments;

/// <summary>
/// The comparison's interval against the known truth, over many experiments on the same month: each experiment name
/// draws another split of the customers, so over 200 names the 95% interval must hold the true difference about 95% of
/// the time (it is the assignment that is random; the simulated purchases are fixed, one generated month).
/// </summary>
public sealed class ExperimentCoverageTests(KnownTruthSample known, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KnownTruthSample>
{
    private const int Experiments = 200;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Observe_ManyAssignments_IntervalHoldsTheTrueDifferenceAtItsRate(bool popularityChallenges)
    {
        var settings = new OnlineSettings();
        var simulation = known.Simulation;
        var truth = simulation.TrueDifference(settings) * (popularityChallenges ? 1 : -1);
        var covered = 0;
        var named = 0;
        var errors = new List<double>();
        for (var index = 0; index < Experiments; index++)
        {
            var experiment = Experiment(index, popularityChallenges);
            var report = Assert.Single(Observe(simulation, experiment, settings, popularityChallenges).Experiments);
            var interval = report.Comparison!.Difference.Interval95;
            errors.Add(report.Comparison.Difference.StandardError);
            covered += interval.Contains(truth) ? 1 : 0;
            named += report.Verdict == (popularityChallenges ? OnlineVerdict.Worse : OnlineVerdict.Better) ? 1 : 0;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"truth {truth:0.00000}, covered {covered}, named {named}, mean SE {errors.Average():0.00000}, visits {simulation.Visits.Count}"));

        // 95% of 200 is 190, with a binomial standard deviation of about 3: 182 and 198 are over two and a half away.
        Assert.True(truth * (popularityChallenges ? -1 : 1) > 0.02, string.Create(CultureInfo.InvariantCulture, $"ALS should beat popularity on this month: truth {truth:0.0000}"));
        Assert.InRange(covered, 182, 199);

        // The verdict names the better model as often as intervals of that width should: the power at the true difference.
        var z = Math.Abs(truth) / errors.Average();
        var power = Normal.CDF(0, 1, z - Estimate.Z95) + Normal.CDF(0, 1, -z - Estimate.Z95);
        Assert.InRange(named, (Experiments * power) - (4 * Math.Sqrt(Experiments * power * (1 - power))) - 2, Experiments);
    }

    private static Experiment Experiment(int index, bool popularityChallenges) =>
        new($"coverage-{index}", popularityChallenges ? "popularity" : "als", 0.5, DateTimeOffset.MinValue.AddYears(1), popularityChallenges ? "als" : "popularity");

    // The simulation serves the challenger's list to the challenger arm; with ALS challenging, the arms swap roles.
    private static OnlineReport Observe(SampleData.Experiments.ExperimentSimulation simulation, Experiment experiment, OnlineSettings settings, bool popularityChallenges) =>
        popularityChallenges ? simulation.Observe(experiment, settings) : simulation.Swapped().Observe(experiment, settings);
}

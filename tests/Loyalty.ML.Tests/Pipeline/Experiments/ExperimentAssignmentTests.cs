using Loyalty.ML.Pipeline.Experiments;

namespace Loyalty.ML.Tests.Pipeline.Experiments;

public sealed class ExperimentAssignmentTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Customers = [.. Enumerable.Range(0, 20_000).Select(index => $"C{index:D6}")];

    [Fact]
    public void ChallengerFor_ShareOfCustomers_IsAboutTheShareAndTheSameEveryTime()
    {
        Experiment[] experiments = [Experiment("a", 0.2)];

        var treated = Customers.Where(customer => ExperimentAssignment.ChallengerFor(experiments, customer, Start.AddDays(1)) is not null).ToList();

        Assert.InRange(treated.Count / (double)Customers.Length, 0.19, 0.21);
        Assert.Equal(treated, Customers.Where(customer => ExperimentAssignment.ChallengerFor(experiments, customer, Start.AddDays(2)) is not null));
    }

    [Fact]
    public void ArmsOf_TwoExperiments_NoControlCustomerIsTheOthersTreatment()
    {
        Experiment[] experiments = [Experiment("a", 0.3), Experiment("b", 0.3, startedDays: 1)];
        var at = Start.AddDays(2);

        var arms = Customers.ToDictionary(customer => customer, customer => ExperimentAssignment.ArmsOf(experiments, customer, at).ToList());

        Assert.All(arms.Values, list => Assert.True(list.Count(arm => arm.EndsWith(":challenger", StringComparison.Ordinal)) <= 1));
        Assert.All(arms.Values.Where(list => list.Contains("a:champion")), list => Assert.Equal(["a:champion", "b:champion"], list));
        Assert.InRange(arms.Values.Count(list => list.Contains("b:challenger")) / (double)Customers.Length, 0.19, 0.23);
    }

    [Fact]
    public void ArmsOf_RaisingAShare_OnlyMovesChampionCustomersToTheChallenger()
    {
        var before = Customers.Where(customer => ExperimentAssignment.ChallengerFor([Experiment("a", 0.1)], customer, Start.AddDays(1)) is not null).ToHashSet();
        var after = Customers.Where(customer => ExperimentAssignment.ChallengerFor([Experiment("a", 0.3)], customer, Start.AddDays(1)) is not null).ToHashSet();

        Assert.Subset(after, before);
    }

    [Fact]
    public void ArmsOf_OutsideTheExperimentsTime_IsNoArm()
    {
        Experiment[] experiments = [Experiment("a", 0.5) with { EndedAt = Start.AddDays(3) }];

        Assert.Empty(ExperimentAssignment.ArmsOf(experiments, "C000001", Start.AddDays(-1)));
        Assert.Empty(ExperimentAssignment.ArmsOf(experiments, "C000001", Start.AddDays(3)));
        Assert.Single(ExperimentAssignment.ArmsOf(experiments, "C000001", Start.AddDays(2)));
    }

    private static Experiment Experiment(string name, double share, int startedDays = 0) => new(name, $"v-{name}", share, Start.AddDays(startedDays), "v1");
}

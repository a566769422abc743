using Loyalty.ML.Churn;
using Loyalty.ML.Core;
using Loyalty.ML.SampleData.BuyTillYouDie;

namespace Loyalty.ML.Tests.Churn;

/// <summary>Simulated histories shared by the churn model tests: customers from a BG/NBD process, time in days.</summary>
internal static class ChurnSimulatedData
{
    public static readonly BuyTillYouDieProcess Process = new(R: 0.8, Alpha: 40, A: 0.6, B: 3);

    public static PurchaseHistory History(int customers, bool withItems, int seed = 1) =>
        BuyTillYouDieSimulator.History(Process, customers, days: 420, new DateTime(2023, 1, 1), withItems ? 200 : 0, seed);

    public static ChurnOptions FastOptions(DateOnly? testCutoff = null) => new() { NumberOfTrees = 60, CutoffStepDays = 28, MaxTrainingCutoffs = 6, TestCutoff = testCutoff };
}

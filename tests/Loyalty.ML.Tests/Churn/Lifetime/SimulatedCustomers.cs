using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.SampleData.BuyTillYouDie;

namespace Loyalty.ML.Tests.Churn.Lifetime;

/// <summary>The sample-data project's BG/NBD and Gamma-Gamma simulator, spoken in the library's model types.</summary>
internal static class SimulatedCustomers
{
    public static BuyTillYouDieProcess Process(BgNbdModel model) => new(model.R, model.Alpha, model.A, model.B);

    public static PurchaseSummary[] Summaries(BgNbdModel model, int customers, double age, Random random) =>
        [.. BuyTillYouDieSimulator.Summaries(Process(model), customers, age, random).Select(customer => new PurchaseSummary(customer.Frequency, customer.Recency, customer.Age))];

    public static double[] MeanValues(GammaGammaModel model, IReadOnlyList<int> frequencies, Random random) =>
        BuyTillYouDieSimulator.MeanValues(new GammaGammaSpend(model.P, model.Q, model.V), frequencies, random);
}

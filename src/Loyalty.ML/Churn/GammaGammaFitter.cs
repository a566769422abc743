namespace Loyalty.ML.Churn;

/// <summary>Maximum-likelihood fit of <see cref="GammaGammaModel"/> on customers with repeat purchases of positive value.</summary>
internal static class GammaGammaFitter
{
    /// <summary>Fits the model; returns null when fewer than <paramref name="minimumCustomers"/> customers have repeat purchases.</summary>
    public static GammaGammaModel? Fit(IReadOnlyList<PurchaseSummary> customers, int minimumCustomers = 10)
    {
        var groups = WeightedSummaries.Group(customers, customer => customer.Frequency > 0 && customer.MonetaryValue > 0);
        if (groups.TotalWeight < minimumCustomers)
        {
            return null;
        }

        var meanValue = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            meanValue += groups.Summaries[i].MonetaryValue * groups.Weights[i] / groups.TotalWeight;
        }

        double[] start = [0.0, Math.Log(2.0), Math.Log(Math.Max(meanValue, 1e-3))];
        var best = NelderMead.Minimize(parameters => NegativeMeanLogLikelihood(groups, parameters), start);
        return new GammaGammaModel(Math.Exp(best[0]), Math.Exp(best[1]), Math.Exp(best[2]));
    }

    private static double NegativeMeanLogLikelihood(WeightedSummaries groups, double[] parameters)
    {
        if (parameters.Any(value => Math.Abs(value) > 30))
        {
            return double.MaxValue;
        }

        var model = new GammaGammaModel(Math.Exp(parameters[0]), Math.Exp(parameters[1]), Math.Exp(parameters[2]));
        var total = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            total += groups.Weights[i] * model.LogLikelihood(groups.Summaries[i]);
        }

        var mean = -total / groups.TotalWeight;
        return double.IsFinite(mean) ? mean : double.MaxValue;
    }
}

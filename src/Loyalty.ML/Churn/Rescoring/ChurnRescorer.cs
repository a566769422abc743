using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Churn.Rescoring;

/// <summary>
/// Re-scores one customer with the trained churn model after they report purchases: their training lines plus the
/// new ones, features as of the event day through the batch builder's code path, the calibrated probability, its band,
/// reasons pointing the way of the score and CLV, exactly as the published scores were computed. No retraining: the
/// model, the item activity and the BG/NBD and Gamma-Gamma fits stay as trained. Safe to share between requests.
/// </summary>
public sealed class ChurnRescorer
{
    private readonly ChurnModel _model;
    private readonly ChurnFoldIn _foldIn;
    private readonly ChurnOptions _options;

    private ChurnRescorer(ChurnModel model, ChurnFoldIn foldIn, ChurnOptions options)
    {
        _model = model;
        _foldIn = foldIn;
        _options = options;
    }

    /// <summary>The rescorer of the churn files in <paramref name="bundleDirectory"/>, or null when the bundle has no fold-in data.</summary>
    public static ChurnRescorer? LoadIfPresent(string bundleDirectory)
    {
        if (ChurnContextFile.ReadIfPresent(bundleDirectory) is not { } foldIn)
        {
            return null;
        }

        var info = BundleJson.Read<ChurnScoresInfo>(Path.Combine(bundleDirectory, ChurnScoreFile.InfoFile));
        var options = new ChurnOptions
        {
            HorizonDays = info.HorizonDays,
            MediumRiskThreshold = info.MediumRiskThreshold,
            HighRiskThreshold = info.HighRiskThreshold,
            ClvMonths = info.ClvMonths,
            ClvMonthlyDiscountRate = info.ClvMonthlyDiscountRate,
        };
        return new ChurnRescorer(ChurnModel.Load(Path.Combine(bundleDirectory, ChurnScoreFile.ModelFile)), foldIn, options);
    }

    /// <summary>Scores computed at training and re-scored here agree because both use these.</summary>
    internal static ChurnRescorer Create(ChurnModel model, ChurnFoldIn foldIn, ChurnOptions options) => new(model, foldIn, options);

    /// <summary>
    /// The customer's score as of <paramref name="asOf"/> with <paramref name="recent"/> added to what the model was
    /// trained on; a customer the model has never seen is scored from <paramref name="recent"/> alone. Null when no
    /// purchase falls on or before <paramref name="asOf"/>.
    /// </summary>
    public ChurnScore? Rescore(string customerId, IReadOnlyList<PurchaseEvent> recent, DateOnly asOf)
    {
        var (purchases, returns) = _foldIn.Lines.CopyOf(customerId);
        Append(recent, purchases, returns);
        if (_foldIn.Context.Build(purchases, returns, asOf) is not { } snapshot)
        {
            return null;
        }

        var (probabilities, reasons) = ChurnScoring.Explain(snapshot, _model, _options);
        var features = snapshot.Row(0);
        var probability = (double)probabilities[0];
        return new ChurnScore(
            customerId,
            probability,
            _options.BandOf(probability),
            [.. reasons[0].Select(reason => reason.Sentence)],
            features[(int)ChurnFeature.ProbabilityAlive],
            features[(int)ChurnFeature.ExpectedPurchases],
            CustomerValue.Clv(_foldIn.Context.Purchases, _foldIn.Spend, snapshot.Summaries[0], _options.ClvMonths, _options.ClvMonthlyDiscountRate));
    }

    private void Append(IReadOnlyList<PurchaseEvent> recent, TransactionLines purchases, TransactionLines returns)
    {
        // Reported orders get order numbers past every training order; lines of one reported order share one.
        var nextOrder = Math.Max(MaxOrder(purchases), MaxOrder(returns)) + 1;
        var orders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in recent)
        {
            if (!orders.TryGetValue(line.OrderId, out var order))
            {
                order = nextOrder++;
                orders.Add(line.OrderId, order);
            }

            var item = line.ItemId is not null && _foldIn.Items.TryGetIndex(line.ItemId, out var index) && index < _foldIn.Context.ItemCount ? index : -1;
            var target = line.IsReturn ? returns : purchases;
            target.Add(0, item, order, line.Timestamp.UtcDateTime, (float)Math.Abs(line.Quantity), (float)line.UnitPrice);
        }
    }

    private static int MaxOrder(TransactionLines lines)
    {
        var max = -1;
        for (var line = 0; line < lines.Count; line++)
        {
            max = Math.Max(max, lines.Order[line]);
        }

        return max;
    }
}

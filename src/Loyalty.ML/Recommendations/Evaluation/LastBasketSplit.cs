using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The per-customer temporal hold-out: among the lines before an end, each customer's last basket (their latest
/// order) is held out when they have at least two, and everything else is the fit. Every customer with a history
/// counts, not only those who happen to buy in one window, so a short or bursty history is evaluated on all its
/// customers. Other customers' later lines stay in the fit: the figure is an estimate of the next basket, not of a
/// future the fit has not seen, which is why the time split reports beside it.
/// </summary>
internal static class LastBasketSplit
{
    /// <summary>
    /// Holds out each customer's last basket among the lines before <paramref name="end"/> (by default all lines: the
    /// end is then the first instant after the last purchase, as the published fit's window has it).
    /// </summary>
    public static EvaluationSplit Create(PurchaseHistory history, DateTime? end = null, int maxTestCustomers = EvaluationSplit.DefaultMaxTestCustomers)
    {
        var until = end ?? TrainingWindow.Whole(history).End;
        var lines = history.Purchases;
        var customers = history.Customers.Count;
        var (first, last, lastTime, several) = (new int[customers], new int[customers], new DateTime[customers], new bool[customers]);
        Array.Fill(first, -1);
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines.Item[line] < 0 || lines.Time[line] >= until)
            {
                continue;
            }

            var (customer, order, time) = (lines.Customer[line], lines.Order[line], lines.Time[line]);
            if (first[customer] < 0)
            {
                (first[customer], last[customer], lastTime[customer]) = (order, order, time);
                continue;
            }

            several[customer] |= order != first[customer];
            if (time > lastTime[customer] || (time == lastTime[customer] && order > last[customer]))
            {
                (last[customer], lastTime[customer]) = (order, time);
            }
        }

        var heldOut = new bool[lines.Count];
        for (var line = 0; line < lines.Count; line++)
        {
            var customer = lines.Customer[line];
            heldOut[line] = lines.Item[line] >= 0 && lines.Time[line] < until && several[customer] && lines.Order[line] == last[customer];
        }

        var window = TrainingWindow.Without(history, until, heldOut);
        var train = InteractionMatrix.CustomerItems(history, window, 0);
        var test = InteractionMatrix.HeldOutItems(history, heldOut, byOrder: false);
        var (tested, relevant, eligible, repeatShare) = EvaluationSplit.NewItems(train, test, maxTestCustomers);
        var baskets = several.Count(held => held);
        var described = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"each customer's last basket before the end when they have two or more ({baskets:N0} baskets)");
        return new EvaluationSplit(EvaluationProtocol.LastBasket, window, until, until, train, tested, relevant, eligible, InteractionMatrix.HeldOutItems(history, heldOut, byOrder: true), repeatShare, described);
    }
}

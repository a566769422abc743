namespace Loyalty.ML.Recommendations.Online;

/// <summary>
/// Counts one set of lists (a version and kind, or an arm) customer by customer: what each customer's lists became is
/// added to the ratios when the customer is done, so the intervals treat customers, not lists, as independent.
/// </summary>
internal sealed class ListTally
{
    private readonly ClusteredRatio _hitRate = new();
    private readonly ClusteredRatio _precision = new();
    private readonly ClusteredRatio _revenue = new();
    private readonly List<(DateTimeOffset From, DateTimeOffset To, string[] Items)> _windows = [];
    private long _lists;
    private long _pending;
    private long _hits;
    private double _revenueTotal;
    private int _customerLists;
    private int _customerHits;
    private double _customerPrecision;
    private bool _touched;

    /// <summary>Adds a list of the current customer whose window has passed, and what it became.</summary>
    public void AddList(DateTimeOffset servedAt, DateTimeOffset windowEnd, string[] topItems, int bought)
    {
        Touch();
        _customerLists++;
        _customerHits += bought > 0 ? 1 : 0;
        _customerPrecision += topItems.Length == 0 ? 0 : (double)bought / topItems.Length;
        _windows.Add((servedAt, windowEnd, topItems));
    }

    /// <summary>Adds a list of the current customer still inside its window.</summary>
    public void AddPending()
    {
        Touch();
        _pending++;
    }

    /// <summary>True when the current customer added anything.</summary>
    public bool Touched => _touched;

    /// <summary>Closes the current customer: their revenue from listed items, and their lists into the ratios.</summary>
    public void EndCustomer(IReadOnlyList<BoughtLine> purchases)
    {
        if (_customerLists > 0)
        {
            var revenue = 0.0;
            foreach (var line in purchases)
            {
                if (_windows.Exists(window => line.At > window.From && line.At <= window.To && Array.IndexOf(window.Items, line.ItemId) >= 0))
                {
                    revenue += line.Revenue;
                }
            }

            _lists += _customerLists;
            _hits += _customerHits;
            _revenueTotal += revenue;
            _hitRate.Add(_customerHits, _customerLists);
            _precision.Add(_customerPrecision, _customerLists);
            _revenue.Add(revenue, 1);
        }

        _windows.Clear();
        (_customerLists, _customerHits, _customerPrecision, _touched) = (0, 0, 0, false);
    }

    /// <summary>The figures of every customer closed so far.</summary>
    public ListFigures Figures() => new(
        _hitRate.Clusters, _lists, _pending, _hits, _hitRate.Estimate(), _precision.Estimate(), Math.Round(_revenueTotal, 2), _revenue.Estimate());

    private void Touch() => _touched = true;
}

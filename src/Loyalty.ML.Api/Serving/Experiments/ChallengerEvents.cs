using Loyalty.ML.Api.Events;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Serving.Experiments;

/// <summary>
/// A customer's reported events as a challenger sees them. The overlay holds the events after the champion's last day;
/// those on or before the challenger's own last day are in its training data and are left out. A challenger trained
/// on older data than the champion's does not see the purchases in between.
/// </summary>
internal static class ChallengerEvents
{
    /// <summary>The events of <paramref name="recent"/> dated after <paramref name="lastDay"/>, keeping the fingerprint (a cache key part).</summary>
    public static CustomerEvents For(CustomerEvents recent, DateOnly lastDay) =>
        recent.Purchases.All(purchase => purchase.Day > lastDay) && recent.Offers.All(offer => offer.Day > lastDay)
            ? recent
            : recent with { Purchases = recent.Purchases.RemoveAll(purchase => purchase.Day <= lastDay), Offers = recent.Offers.RemoveAll(offer => offer.Day <= lastDay) };
}

using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Tests.Events;

public sealed class CustomerEventsTests
{
    private static readonly RecommendationQuery Query = new(Count: 10, Kind: RecommendationKind.Personal);

    [Fact]
    public void CacheKey_DifferentEventsOfTheSameCount_DifferentKeys()
    {
        var onA = CustomerEvents.None.With(Purchase("till-1"));
        var onB = CustomerEvents.None.With(Purchase("till-2"));

        Assert.Equal(onA.Generation, onB.Generation);
        Assert.NotEqual(Key(onA), Key(onB));
    }

    [Fact]
    public void CacheKey_SameEventsInAnotherOrder_SameKey()
    {
        var ab = CustomerEvents.None.With(Purchase("till-1")).With(Purchase("till-2")).With(Offer("crm-1"));
        var ba = CustomerEvents.None.With(Offer("crm-1")).With(Purchase("till-2")).With(Purchase("till-1"));

        Assert.Equal(Key(ab), Key(ba));
    }

    [Fact]
    public void CacheKey_PurchaseAndOfferWithOneId_DifferentKeys()
    {
        Assert.NotEqual(Key(CustomerEvents.None.With(Purchase("same-id"))), Key(CustomerEvents.None.With(Offer("same-id"))));
    }

    private static string Key(CustomerEvents events) => CacheKeys.GetRecommendationsKey("v1", "C1", Query, events.Generation, events.Fingerprint);

    private static PurchaseEvent Purchase(string id) => new(id, "C1", "I1", 1, 5, DateTimeOffset.UnixEpoch, "O-" + id);

    private static OfferEvent Offer(string id) => new(id, "C1", "win_back", OfferAction.Issued, DateOnly.FromDayNumber(1), 10, 0);
}

using Loyalty.ML.Core;
using Loyalty.ML.Offers;

namespace Loyalty.ML.Tests.Offers;

public sealed class OfferLimitTallyTests
{
    private static readonly Offer Discount = new(OfferType.WinBack, [], 10, 0, 1, "email", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 15), "risk", 1);

    [Fact]
    public void Metrics_CustomersByConsentAndLimit_CountEachCustomerOncePerLimitAndScale()
    {
        var tally = new OfferLimitTally(new ProgramLimits());
        tally.Add(Customer("a", true), new OfferProposal([Discount], 1, LimitRemovals.None));
        tally.Add(Customer("b", false), new OfferProposal([], 2, LimitRemovals.ConsentRefused));
        tally.Add(Customer("c", null), new OfferProposal([], 1, LimitRemovals.ConsentUnknown));
        tally.Add(Customer("d", null), new OfferProposal([Discount], 4, LimitRemovals.ConsentUnknown | LimitRemovals.OffersPerPeriod | LimitRemovals.DiscountCapped));
        tally.Add(Customer("e", true), new OfferProposal([], 0, LimitRemovals.None));

        var metrics = tally.Metrics(scale: 10);

        Assert.Equal((20, 10, 20, "refused"), (metrics.ConsentGranted, metrics.ConsentRefused, metrics.ConsentUnknown, metrics.UnknownConsentCountsAs));
        Assert.Equal((10, 20, 0, 10, 10), (metrics.RemovedByConsentRefused, metrics.RemovedByConsentUnknown, metrics.RemovedByMonthlyBonusCap, metrics.RemovedByOffersPerPeriod, metrics.DiscountCapped));
        Assert.Equal((40, 20), (metrics.QualifyingCustomers, metrics.QualifiedButNone));
        Assert.Contains("2 unknown", tally.Metrics().Lines()[0], StringComparison.Ordinal);
        Assert.Contains("unknown counts as refused", tally.Metrics().Lines()[0], StringComparison.Ordinal);
    }

    private static CustomerFacts Customer(string id, bool? consent) =>
        new(id, new DateOnly(2025, 1, 1), new DateOnly(2026, 5, 1), 3, 50, new CustomerProfile(id, null, null, null, null, consent));
}

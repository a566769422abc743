using Loyalty.ML.Churn;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Tests.Offers;

public sealed class OfferEngineTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private readonly OfferEngine _engine = new(new OfferRules());

    [Fact]
    public void Propose_ValuableCustomerAtHighRisk_GivesWinBackSizedByRiskAndValue()
    {
        var offers = _engine.Propose(Customer(churn: Churn(0.8, clv: 1000)), CustomerOfferState.None, null, Today);

        var winBack = Assert.Single(offers, offer => offer.Type == OfferType.WinBack);
        // 10 % base + (25 − 10) × risk (0.8 − 0.6) / 0.4 × value 1000 / 2000
        Assert.InRange(winBack.DiscountPercent, 13.749, 13.751);
        Assert.Contains("churn risk 80", winBack.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_AtRiskButLowValue_GivesNoWinBack()
    {
        var offers = _engine.Propose(Customer(churn: Churn(0.9, clv: 20)), CustomerOfferState.None, null, Today);

        Assert.DoesNotContain(offers, offer => offer.Type == OfferType.WinBack);
    }

    [Fact]
    public void Propose_RecommenderHasItems_GivesCrossSellUpSellAndReplenishmentWithItems()
    {
        var offers = _engine.Propose(Customer(), CustomerOfferState.None, Recommender(), Today);

        Assert.Equal(["x1", "x2", "x3"], Assert.Single(offers, offer => offer.Type == OfferType.CrossSell).Items);
        Assert.Equal(["u1"], Assert.Single(offers, offer => offer.Type == OfferType.UpSell).Items);
        Assert.Equal(["r1"], Assert.Single(offers, offer => offer.Type == OfferType.Replenishment).Items);
    }

    [Fact]
    public void Propose_RecommenderFallsBackToPopular_GivesNoItemOffers()
    {
        var recommender = new StubRecommender([]);

        var offers = _engine.Propose(Customer(), CustomerOfferState.None, recommender, Today);

        Assert.DoesNotContain(offers, offer => offer.Items.Count > 0);
    }

    [Fact]
    public void Propose_BirthdayWithinWindow_GivesBirthdayBonusValidPastTheDate()
    {
        var offers = _engine.Propose(Customer(birthday: new DateOnly(1990, 6, 20)), CustomerOfferState.None, null, Today);

        var birthday = Assert.Single(offers, offer => offer.Type == OfferType.Birthday);
        Assert.Equal(200, birthday.BonusValue);
        Assert.Equal(new DateOnly(2026, 6, 27), birthday.ValidUntil);
    }

    [Fact]
    public void Propose_BirthdayOutsideWindow_GivesNoBirthdayOffer()
    {
        var offers = _engine.Propose(Customer(birthday: new DateOnly(1990, 8, 1)), CustomerOfferState.None, null, Today);

        Assert.DoesNotContain(offers, offer => offer.Type == OfferType.Birthday);
    }

    [Fact]
    public void NextWithin_LeapDayBirthdayInCommonYear_FallsOnTheTwentyEighth()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), OfferEngine.NextWithin(new DateOnly(2000, 2, 29), new DateOnly(2027, 2, 20), 14));
        Assert.Equal(new DateOnly(2027, 1, 2), OfferEngine.NextWithin(new DateOnly(1980, 1, 2), new DateOnly(2026, 12, 25), 14));
    }

    [Fact]
    public void Propose_SignupAnniversaryWithinWindow_GivesAnniversaryOffer()
    {
        var offers = _engine.Propose(Customer(signup: new DateOnly(2023, 6, 25)), CustomerOfferState.None, null, Today);

        Assert.Contains("3 year(s)", Assert.Single(offers, offer => offer.Type == OfferType.Anniversary).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_FirstOrderLastMonth_GivesNewCustomerNurture()
    {
        var newcomer = Customer() with { FirstPurchase = Today.AddDays(-20), Orders = 1 };

        Assert.Contains(_engine.Propose(newcomer, CustomerOfferState.None, null, Today), offer => offer.Type == OfferType.NewCustomerNurture);
        Assert.DoesNotContain(_engine.Propose(Customer(), CustomerOfferState.None, null, Today), offer => offer.Type == OfferType.NewCustomerNurture);
    }

    [Fact]
    public void Propose_Champion_GivesVipPrivilegeWithMultiplier()
    {
        var offers = _engine.Propose(Customer() with { Segment = "champions" }, CustomerOfferState.None, null, Today);

        Assert.Equal(2, Assert.Single(offers, offer => offer.Type == OfferType.VipPrivilege).BonusMultiplier);
    }

    [Fact]
    public void Propose_NoMarketingConsent_GivesOnlyServiceMessages()
    {
        var customer = Customer(consent: false, churn: Churn(0.9, 5000), birthday: Today.AddDays(3)) with { Segment = "champions" };

        var offers = _engine.Propose(customer, CustomerOfferState.None, Recommender(), Today);

        Assert.Equal([OfferType.Replenishment], offers.Select(offer => offer.Type));
    }

    [Fact]
    public void Propose_UnknownConsent_IsTreatedAsNoConsentByDefault()
    {
        var customer = Customer(churn: Churn(0.9, 5000)) with { Profile = null };

        Assert.Empty(_engine.Propose(customer, CustomerOfferState.None, null, Today));
        Assert.Empty(_engine.Propose(customer with { Profile = new CustomerProfile("c1", null, null, null, null, MarketingConsent: null) }, CustomerOfferState.None, null, Today));
        var lenient = new OfferEngine(new OfferRules { Limits = new ProgramLimits { UnknownConsentAsGranted = true } });
        Assert.NotEmpty(lenient.Propose(customer, CustomerOfferState.None, null, Today));
    }

    [Fact]
    public void Propose_PreferredChannel_IsHonoured()
    {
        var offers = _engine.Propose(Customer(churn: Churn(0.9, 5000), channel: "sms"), CustomerOfferState.None, null, Today);

        Assert.All(offers, offer => Assert.Equal("sms", offer.Channel));
    }

    [Fact]
    public void Propose_DiscountAboveProgramMaximum_IsCapped()
    {
        var engine = new OfferEngine(new OfferRules { Limits = new ProgramLimits { MaxDiscountPercent = 12 } });

        var offers = engine.Propose(Customer(churn: Churn(1.0, 5000)), CustomerOfferState.None, null, Today);

        Assert.Equal(12, Assert.Single(offers, offer => offer.Type == OfferType.WinBack).DiscountPercent);
    }

    [Fact]
    public void Propose_CustomerAtMonthlyBonusCap_GetsNoFurtherBonusOffer()
    {
        var customer = Customer(birthday: Today.AddDays(3)) with { Segment = "champions" };

        var offers = _engine.Propose(customer, new CustomerOfferState(0, BonusThisMonth: 1500), Recommender(), Today);

        Assert.DoesNotContain(offers, offer => offer.BonusValue > 0 || offer.BonusMultiplier > 1);
        Assert.NotEmpty(offers);
    }

    [Fact]
    public void Propose_BonusWouldCrossMonthlyCap_GrantsOnlyWhatIsLeft()
    {
        var customer = Customer(birthday: Today.AddDays(3));

        var offers = _engine.Propose(customer, new CustomerOfferState(0, BonusThisMonth: 1420), null, Today);

        Assert.Equal(80, Assert.Single(offers, offer => offer.Type == OfferType.Birthday).BonusValue);
    }

    [Fact]
    public void Propose_OffersAlreadySentThisPeriod_FillsOnlyTheRemainingSlotsByPriority()
    {
        var customer = Customer(churn: Churn(0.9, 5000), birthday: Today.AddDays(3));

        var offers = _engine.Propose(customer, new CustomerOfferState(OffersInPeriod: 2, 0), Recommender(), Today);

        Assert.Equal([OfferType.WinBack], offers.Select(offer => offer.Type));
        Assert.Empty(_engine.Propose(customer, new CustomerOfferState(OffersInPeriod: 3, 0), Recommender(), Today));
    }

    [Fact]
    public void ProposeWithLimits_UnknownOrRefusedConsent_SaysWhichRemovedTheMarketingOffers()
    {
        var customer = Customer(churn: Churn(0.9, 5000), birthday: Today.AddDays(3));
        var unknown = customer with { Profile = customer.Profile! with { MarketingConsent = null } };
        var lenient = new OfferEngine(new OfferRules { Limits = new ProgramLimits { UnknownConsentAsGranted = true } });

        var refusedProposal = _engine.ProposeWithLimits(Customer(consent: false, churn: Churn(0.9, 5000)), CustomerOfferState.None, Recommender(), Today);
        var unknownProposal = _engine.ProposeWithLimits(unknown, CustomerOfferState.None, Recommender(), Today);
        var grantedProposal = lenient.ProposeWithLimits(unknown, CustomerOfferState.None, Recommender(), Today);

        Assert.Equal(LimitRemovals.ConsentRefused, refusedProposal.Removed & (LimitRemovals.ConsentRefused | LimitRemovals.ConsentUnknown));
        Assert.Equal(LimitRemovals.ConsentUnknown, unknownProposal.Removed & (LimitRemovals.ConsentRefused | LimitRemovals.ConsentUnknown));
        Assert.Equal([OfferType.Replenishment], unknownProposal.Offers.Select(offer => offer.Type));
        Assert.False(grantedProposal.Removed.HasFlag(LimitRemovals.ConsentUnknown));
        Assert.Contains(grantedProposal.Offers, offer => offer.Type == OfferType.WinBack);
    }

    [Fact]
    public void ProposeWithLimits_MoreOffersThanSlotsAndABonusOverTheCap_NamesBothLimitsAndTheDiscountCut()
    {
        var engine = new OfferEngine(new OfferRules { Limits = new ProgramLimits { MaxDiscountPercent = 12 } });
        var customer = Customer(churn: Churn(1.0, 5000), birthday: Today.AddDays(3)) with { Segment = "champions" };

        var proposal = engine.ProposeWithLimits(customer, new CustomerOfferState(0, BonusThisMonth: 1500), Recommender(), Today);

        Assert.Equal(3, proposal.Offers.Count);
        Assert.True(proposal.Qualified > 3);
        Assert.Equal(LimitRemovals.DiscountCapped | LimitRemovals.MonthlyBonusCap | LimitRemovals.OffersPerPeriod, proposal.Removed);
    }

    [Fact]
    public void Constructor_InvalidRules_ThrowsNamingTheProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new OfferEngine(new OfferRules { Limits = new ProgramLimits { MaxDiscountPercent = 150 } }));

        Assert.Contains("limits.max_discount_percent", error.Message, StringComparison.Ordinal);
    }

    private static StubRecommender Recommender() => new(new()
    {
        [RecommendationKind.CrossSell] = ["x1", "x2", "x3", "x4"],
        [RecommendationKind.UpSell] = ["u1"],
        [RecommendationKind.BuyAgain] = ["r1"],
    });

    private static ChurnScore Churn(double probability, double clv) =>
        new("c1", probability, RiskBand.High, ["no order for 120 days; usually every 30"], 1 - probability, 0.2, clv);

    private static CustomerFacts Customer(bool consent = true, ChurnScore? churn = null, DateOnly? birthday = null, DateOnly? signup = null, string? channel = null) =>
        new("c1", new DateOnly(2024, 1, 10), new DateOnly(2026, 3, 1), 12, 80,
            new CustomerProfile("c1", "Ann", birthday, signup ?? new DateOnly(2024, 1, 10), channel, consent), Churn: churn);
}

using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Tests.Offers.Campaigns;

public sealed class CampaignHoldoutTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void Assign_NamedCampaign_PutsEveryOfferOfACustomerInOneGroup()
    {
        var rules = new HoldoutRules { ControlShare = 0.5 };

        var groups = Enumerable.Range(1, 200).Select(customer => CampaignHoldout.Assign($"C{customer}", [Offer(WinBackRule.OfferType), Offer(BirthdayRule.OfferType)], "spring", rules)).ToList();

        Assert.All(groups, offers => Assert.Single(offers.Select(offer => offer.Group).Distinct()));
        Assert.All(groups.SelectMany(offers => offers), offer => Assert.Equal("spring", offer.Campaign));
        Assert.Contains(groups, offers => offers[0].Group == CampaignGroup.Control);
        Assert.Contains(groups, offers => offers[0].Group == CampaignGroup.Treatment);
    }

    [Fact]
    public void Assign_NoCampaignName_EachOfferInItsTypesDefaultCampaign()
    {
        var offers = CampaignHoldout.Assign("C1", [Offer(WinBackRule.OfferType), Offer(CrossSellRule.OfferType)], null, new HoldoutRules());

        Assert.Equal(["win_back", "cross_sell"], offers.Select(offer => offer.Campaign));
        Assert.Equal(CampaignAssigner.GroupOf("win_back", "C1", 0.1), offers[0].Group);
    }

    [Fact]
    public void ShareFor_CampaignAndOfferTypeSettings_CampaignWinsThenOfferTypeThenDefault()
    {
        var rules = new HoldoutRules
        {
            ControlShare = 0.1,
            Campaigns = new Dictionary<string, double> { ["spring"] = 0.4 },
            OfferTypes = new Dictionary<string, double> { ["win_back"] = 0.2 },
        };

        Assert.Equal(0.4, rules.ShareFor("spring", WinBackRule.OfferType));
        Assert.Equal(0.2, rules.ShareFor("autumn", WinBackRule.OfferType));
        Assert.Equal(0.1, rules.ShareFor("autumn", CrossSellRule.OfferType));
    }

    [Fact]
    public void Assign_OfferTypeShareOfZero_HoldsNobodyOut()
    {
        var rules = new HoldoutRules { OfferTypes = new Dictionary<string, double> { ["replenishment"] = 0 } };

        var groups = Enumerable.Range(1, 500).Select(customer => CampaignHoldout.Assign($"C{customer}", [Offer(ReplenishmentRule.OfferType)], null, rules)[0].Group);

        Assert.All(groups, group => Assert.Equal(CampaignGroup.Treatment, group));
    }

    private static Offer Offer(OfferType type) => new(type, [], 10, 0, 1, "email", Today, Today.AddDays(14), "test", 1);
}

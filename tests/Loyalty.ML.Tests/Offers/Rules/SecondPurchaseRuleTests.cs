using Loyalty.ML.Core;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Rules;

namespace Loyalty.ML.Tests.Offers.Rules;

public sealed class SecondPurchaseRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly OfferEngine Engine = new(new OfferRules().With(new SecondPurchaseRule { Enabled = true }));

    [Theory]
    [InlineData(61)]
    [InlineData(120)]
    [InlineData(180)]
    public void Propose_OneTimeBuyerWithinTheWindow_GivesTheDiscountWithTheDays(int days)
    {
        var offers = Engine.Propose(Buyer(orders: 1, daysAgo: days), CustomerOfferState.None, null, Today);

        var nudge = Assert.Single(offers, offer => offer.Type == SecondPurchaseRule.OfferType);
        Assert.Equal((10, 0), (nudge.DiscountPercent, nudge.BonusValue));
        Assert.Contains($"{days} days ago", nudge.Reason, StringComparison.Ordinal);
        Assert.False(nudge.IsServiceMessage);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(1, 181)]
    [InlineData(2, 90)]
    public void Propose_RepeatBuyerOrOutsideTheWindow_GivesNone(int orders, int days)
    {
        var offers = Engine.Propose(Buyer(orders, days), CustomerOfferState.None, null, Today);

        Assert.DoesNotContain(offers, offer => offer.Type == SecondPurchaseRule.OfferType);
    }

    [Fact]
    public void Defaults_OffUntilTheProgramSwitchesItOn()
    {
        var offers = new OfferEngine(new OfferRules()).Propose(Buyer(1, 90), CustomerOfferState.None, null, Today);

        Assert.DoesNotContain(offers, offer => offer.Type == SecondPurchaseRule.OfferType);
    }

    [Fact]
    public void Load_SectionSwitchesItOn_ReadsItsOwnSettings()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "second_purchase": { "enabled": true, "max_days_since_order": 90 } }""");

            var rule = OfferRulesFile.Load(path).Rule<SecondPurchaseRule>();

            Assert.Equal((true, 61, 90), (rule.Enabled, rule.MinDaysSinceOrder, rule.MaxDaysSinceOrder));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_WindowEndsBeforeItStarts_NamesTheSetting()
    {
        var errors = new OfferRules().With(new SecondPurchaseRule { MinDaysSinceOrder = 100, MaxDaysSinceOrder = 50 }).Validate();

        Assert.Contains(errors, error => error.StartsWith("second_purchase.min_days_since_order", StringComparison.Ordinal));
    }

    // Consenting to marketing, so only the rule decides.
    private static CustomerFacts Buyer(int orders, int daysAgo) =>
        new("c1", Today.AddDays(-daysAgo - ((orders - 1) * 30)), Today.AddDays(-daysAgo), orders, 40, new CustomerProfile("c1", null, null, null, null, true));
}

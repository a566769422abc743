using System.Text.Json;
using Loyalty.ML.Churn;
using Loyalty.ML.Core;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Tests.Offers.Rules;

/// <summary>What every registered rule owes the engine, the file and the names: the contract a new rule is checked against.</summary>
public sealed class OfferRuleRegistryTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    public static TheoryData<string> Rules => [.. OfferRuleRegistry.Defaults().Select(rule => rule.GetType().Name)];

    [Fact]
    public void Registry_ListsEveryRuleOnceInRankOrder()
    {
        Assert.Equal(
            ["win_back", "cross_sell", "up_sell", "replenishment", "birthday", "anniversary", "new_customer_nurture", "vip_privilege", "second_purchase"],
            OfferType.All.Select(type => type.Name));
        Assert.Equal(OfferType.All.Count, OfferRuleRegistry.Defaults().Select(rule => rule.SettingsKey).Distinct().Count());
        Assert.True(OfferType.All.Zip(OfferType.All.Skip(1)).All(pair => pair.First.CompareTo(pair.Second) < 0));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_Defaults_ValidAndWrittenUnderItsKeyAndReadBack(string name)
    {
        var rule = Find(name);
        var json = JsonDocument.Parse(OfferRulesFile.ToJson(new OfferRules())).RootElement;

        Assert.Empty(rule.Validate());
        Assert.True(json.TryGetProperty(rule.SettingsKey, out var section), $"no '{rule.SettingsKey}' section");
        Assert.Equal(rule.Enabled, section.GetProperty("enabled").GetBoolean());
        Assert.True(OfferType.TryParse(rule.Type.Name, out var parsed) && parsed == rule.Type);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_NegativePriority_NamedUnderItsKey(string name)
    {
        var rule = Find(name);
        var broken = (OfferRule)JsonSerializer.Deserialize("""{ "priority": -1 }""", rule.GetType(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;

        Assert.Contains($"{rule.SettingsKey}.priority must not be negative", broken.Validate());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_ProposesOnlyOffersOfItsOwnTypeAndNoneWhenSwitchedOff(string name)
    {
        var rule = Find(name);
        var switchedOff = new OfferEngine(Everything(enabled: false));
        var customers = new[] { Qualifying(daysSinceOrder: 50), Qualifying(daysSinceOrder: 90) };

        var offers = customers.SelectMany(customer => rule.Propose(new OfferContext(customer, Recommender(), Today, "email", 14))).ToList();

        Assert.NotEmpty(offers);
        Assert.All(offers, offer => Assert.Equal((rule.Type, rule.IsServiceMessage), (offer.Type, offer.IsServiceMessage)));
        Assert.All(customers, customer => Assert.DoesNotContain(switchedOff.Propose(customer, CustomerOfferState.None, Recommender(), Today), offer => offer.Type == rule.Type));
    }

    private static OfferRule Find(string name) => OfferRuleRegistry.Defaults().Single(rule => rule.GetType().Name == name);

    private static OfferRules Everything(bool enabled) => new() { Rules = [.. OfferRuleRegistry.Defaults().Select(rule => (OfferRule)JsonSerializer.Deserialize($$"""{ "enabled": {{(enabled ? "true" : "false")}} }""", rule.GetType(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!)] };

    // A lapsing one-time champion with birthday and anniversary next week: new (50 days) or due a second order (90 days).
    private static CustomerFacts Qualifying(int daysSinceOrder) =>
        new("c1", Today.AddDays(-daysSinceOrder), Today.AddDays(-daysSinceOrder), 1, 500, new CustomerProfile("c1", "Ann", new DateOnly(1990, 6, 20), new DateOnly(2020, 6, 20), null, true), "champions",
            new ChurnScore("c1", 0.9, RiskBand.High, ["no order for 90 days"], 0.1, 0.2, 5000));

    private static StubRecommender Recommender() => new(new()
    {
        [RecommendationKind.CrossSell] = ["x1"],
        [RecommendationKind.UpSell] = ["u1"],
        [RecommendationKind.BuyAgain] = ["r1"],
    });
}

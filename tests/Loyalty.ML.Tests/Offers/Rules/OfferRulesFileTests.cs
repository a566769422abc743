using Loyalty.ML.Offers.Rules;

namespace Loyalty.ML.Tests.Offers.Rules;

public sealed class OfferRulesFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Defaults_AreThoseTheReadmeDocuments()
    {
        var rules = new OfferRules();

        Assert.Equal((30, 3, 30, 1500), (rules.Limits.MaxDiscountPercent, rules.Limits.MaxOffersPerCustomer, rules.Limits.PeriodDays, rules.Limits.MonthlyBonusCap));
        Assert.False(rules.Limits.UnknownConsentAsGranted);
        Assert.Equal((0.6, 100, 10, 25), (rules.Rule<WinBackRule>().MinChurnProbability, rules.Rule<WinBackRule>().MinClv, rules.Rule<WinBackRule>().DiscountPercent, rules.Rule<WinBackRule>().MaxDiscountPercent));
        Assert.Equal((14, 200), (rules.Rule<BirthdayRule>().WindowDays, rules.Rule<BirthdayRule>().BonusValue));
        Assert.Equal(["champions"], rules.Rule<VipRule>().Segments);
        Assert.Empty(rules.Validate());
    }

    [Fact]
    public void Load_ShippedRulesFile_EqualsTheDefaults()
    {
        var shipped = OfferRulesFile.Load(Path.Combine(RepositoryPaths.Root, "data", "offer-rules.json"));

        Assert.Equal(OfferRulesFile.ToJson(new OfferRules()), OfferRulesFile.ToJson(shipped));
    }

    [Fact]
    public void ShippedRulesFile_SpellsOutEveryRegisteredRule()
    {
        var sections = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "offer-rules.json")))!.AsObject();

        Assert.All(OfferRuleRegistry.Defaults(), rule => Assert.True(sections.ContainsKey(rule.SettingsKey), $"data/offer-rules.json has no {rule.SettingsKey} section"));
    }

    [Fact]
    public void Load_PartialFile_OverridesOnlyWhatItNames()
    {
        var path = Write("""{ "limits": { "monthly_bonus_cap": 500 }, "win_back": { "min_churn_probability": 0.7 } }""");

        var rules = OfferRulesFile.Load(path);

        Assert.Equal(500, rules.Limits.MonthlyBonusCap);
        Assert.Equal(0.7, rules.Rule<WinBackRule>().MinChurnProbability);
        Assert.Equal(3, rules.Limits.MaxOffersPerCustomer);
    }

    [Fact]
    public void Load_DefaultsWrittenAsJson_RoundTrip()
    {
        var rules = OfferRulesFile.Load(Write(OfferRulesFile.ToJson(new OfferRules())));

        Assert.Equal(new OfferRules().Rule<WinBackRule>().ClvForMaxDiscount, rules.Rule<WinBackRule>().ClvForMaxDiscount);
    }

    [Theory]
    [InlineData("""{ "limits": { "max_discount_percent": 140 } }""", "limits.max_discount_percent")]
    [InlineData("""{ "win_back": { "min_churn_probability": 2 } }""", "win_back.min_churn_probability")]
    [InlineData("""{ "birthday": { "window_days": -1 } }""", "birthday.window_days")]
    [InlineData("""{ "vip": { "bonus_multiplier": 0.5 } }""", "vip.bonus_multiplier")]
    [InlineData("""{ "winback": {} }""", "winback")]
    [InlineData("""{ "limits": """, "not valid offer rules")]
    [InlineData("null", "the file is empty")]
    [InlineData("""{ "win_back": null }""", "win_back")]
    [InlineData("""{ "vip": { "segments": null } }""", "segments")]
    public void Load_BadFile_ThrowsNamingFileAndProblem(string json, string problem)
    {
        var path = Write(json);

        var error = Assert.Throws<InvalidDataException>(() => OfferRulesFile.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string json)
    {
        var path = _folder.Combine($"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}

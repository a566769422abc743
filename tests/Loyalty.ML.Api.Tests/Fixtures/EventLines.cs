using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Purchase lines as a till sends them, and the calls the event tests make.</summary>
public static class EventLines
{
    /// <summary>The key with <c>events:write</c> the event tests configure.</summary>
    public const string TillKey = "till-key-0123456789abcdef";

    /// <summary>The key with <c>offers:read</c> the event tests configure.</summary>
    public const string CampaignKey = "campaign-key-0123456789abcdef";

    /// <summary>Settings adding <see cref="TillKey"/> and <see cref="CampaignKey"/>, and the offer rules file at <paramref name="rulesPath"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(string rulesPath) =>
    [
        new("ApiKeys:Keys:till:Key", TillKey),
        new("ApiKeys:Keys:till:Scopes:0", "events:write"),
        new("ApiKeys:Keys:campaign:Key", CampaignKey),
        new("ApiKeys:Keys:campaign:Scopes:0", "offers:read"),
        new("Offers:RulesPath", rulesPath),
    ];

    /// <summary>
    /// The service in process with the trained sample as v1, the till and campaign keys, and offer rules in
    /// <paramref name="folder"/> that take unknown consent as granted: what the event tests post to.
    /// </summary>
    public static async Task<ApiHost> StartHostAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var rules = Path.Combine(folder, "rules.json");
        File.WriteAllText(rules, """{ "limits": { "unknown_consent_as_granted": true } }""");
        return await ApiHost.StartAsync(publish: registry => TestBundles.Publish(registry, "v1"), settings: Settings(rules));
    }

    /// <summary>One purchase line, at <paramref name="timestamp"/> or a minute ago.</summary>
    public static object Purchase(string eventId, string customerId, string itemId, double quantity = 1, double unitPrice = 9.5, DateTimeOffset? timestamp = null) =>
        new { eventId, customerId, itemId, quantity, unitPrice, timestamp = timestamp ?? DateTimeOffset.UtcNow.AddMinutes(-1), orderId = "T-" + eventId };

    /// <summary>Posts purchase lines and returns the answer (200 asserted).</summary>
    public static async Task<JsonElement> PostAsync(HttpClient till, params object[] lines)
    {
        var response = await till.PostAsJsonAsync("/v1/events/purchases", new { purchases = lines });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Item ids of one recommendation list.</summary>
    public static async Task<List<string>> ListAsync(HttpClient shop, string customerId, string kind, int count = 10)
    {
        var body = await shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{Uri.EscapeDataString(customerId)}/recommendations?kind={kind}&count={count}");
        return [.. body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("itemId").GetString()!)];
    }

    /// <summary>Ids listed under <paramref name="name"/> in an events answer.</summary>
    public static List<string> Ids(JsonElement answer, string name) =>
        [.. answer.GetProperty(name).EnumerateArray().Select(id => id.GetString()!)];
}

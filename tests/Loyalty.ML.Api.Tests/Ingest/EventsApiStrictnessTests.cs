using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Ingest;

/// <summary>Event JSON read strictly: what a lenient reader would take and guess at is refused and named.</summary>
public sealed class EventsApiStrictnessTests(EventHostFixture fixture) : IClassFixture<EventHostFixture>
{
    private static readonly string Now = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O");

    [Theory]
    [InlineData("\"quantity\":\"1\",\"unitPrice\":2", "purchases[0].quantity")]
    [InlineData("\"quantity\":1,\"unitPrice\":2,\"quantity\":5", "purchases[0].quantity")]
    [InlineData("\"quantity\":1,\"unitPrice\":\"NaN\"", "purchases[0].unitPrice")]
    public async Task PostPurchases_NumberAsStringOrFieldTwice_Is400NamingTheField(string fields, string field)
    {
        var json = $$"""{"purchases":[{"eventId":"strict-1","customerId":"c","itemId":"{{TestBundles.KnownItem}}",{{fields}},"timestamp":"{{Now}}"}]}""";

        var problem = await ProblemAssert.IsProblem(await PostAsync("/v1/events/purchases", json), HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }

    [Theory]
    [InlineData("zero\u200Bwidth")]
    [InlineData("\u202Eevil")]
    [InlineData("isolate\u2066x\u2069")]
    [InlineData("bom\uFEFF")]
    public async Task PostPurchases_IdWithInvisibleOrDirectionCharacter_Is400NamingIt(string customerId)
    {
        var response = await fixture.Host.Client(EventLines.TillKey).PostAsJsonAsync("/v1/events/purchases",
            new { purchases = new[] { EventLines.Purchase("strict-id", customerId, TestBundles.KnownItem) } });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("purchases[0].customerId")[0].GetString();
        Assert.Contains("must be printable", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostPurchases_QuantityOf1e320_IsRejectedAsBadNumber()
    {
        var json = $$"""{"purchases":[{"eventId":"strict-tiny","customerId":"c","itemId":"{{TestBundles.KnownItem}}","quantity":1e-320,"unitPrice":2,"timestamp":"{{Now}}"}]}""";

        var answer = await AnswerAsync(await PostAsync("/v1/events/purchases", json));

        var rejected = Assert.Single(answer.GetProperty("rejected").EnumerateArray());
        Assert.StartsWith("bad_number: quantity 1E-320 is out of range", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(answer.GetProperty("accepted").EnumerateArray());
    }

    [Fact]
    public async Task PostOffers_DayInYearOne_IsRejectedAsBadDate()
    {
        var json = """{"offers":[{"eventId":"strict-day","customerId":"c","offerType":"win_back","action":"issued","day":"0001-01-01","bonusValue":0,"discountPercent":5}]}""";

        var answer = await AnswerAsync(await PostAsync("/v1/events/offers", json));

        var rejected = Assert.Single(answer.GetProperty("rejected").EnumerateArray());
        Assert.Equal("bad_date: 0001-01-01 is before 1970-01-01", rejected.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task PostPurchases_SameIdWithAnotherPayload_IsAConflictNotADuplicate()
    {
        var till = fixture.Host.Client(EventLines.TillKey);
        var original = EventLines.Purchase("strict-replay", "replay-customer", TestBundles.KnownItem, quantity: 1);
        await EventLines.PostAsync(till, original);

        var same = await EventLines.PostAsync(till, original);
        var changed = await EventLines.PostAsync(till, EventLines.Purchase("strict-replay", "replay-customer", TestBundles.KnownItem, quantity: 2));

        Assert.Equal(["strict-replay"], EventLines.Ids(same, "duplicates"));
        Assert.Empty(same.GetProperty("conflicts").EnumerateArray());
        Assert.Empty(EventLines.Ids(changed, "duplicates"));
        Assert.Empty(EventLines.Ids(changed, "accepted"));
        var conflict = Assert.Single(changed.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(("strict-replay", 0), (conflict.GetProperty("eventId").GetString(), conflict.GetProperty("index").GetInt32()));
        Assert.Contains("quantity (stored 1, sent 2)", conflict.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json) =>
        await fixture.Host.Client(EventLines.TillKey).PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

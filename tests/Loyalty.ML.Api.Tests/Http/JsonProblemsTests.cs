using System.Text.Json;
using Loyalty.ML.Api.Churn;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Ingest;

namespace Loyalty.ML.Api.Tests.Http;

public sealed class JsonProblemsTests
{
    [Theory]
    [InlineData("""{"customerIds": 5}""", typeof(ChurnScoresRequest), "at $.customerIds (line 1, byte 17): expected an array of strings")]
    [InlineData("""{"purchases":[{"quantity":"two"}]}""", typeof(PurchaseEventsRequest), "at $.purchases[0].quantity (line 1, byte 31): expected a number")]
    [InlineData("""{"purchases":[5]}""", typeof(PurchaseEventsRequest), "at $.purchases[0] (line 1, byte 15): expected an object with eventId, customerId")]
    [InlineData("xx", typeof(ChurnScoresRequest), "not well-formed JSON at $ (line 1, byte 0)")]
    public void Describe_BodyThatDoesNotFit_SaysWhereAndWhatWasExpectedWithoutTypeNames(string body, Type type, string expected)
    {
        var options = ApiJsonContext.Default.Options;
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(body, options.GetTypeInfo(type)));

        var message = JsonProblems.Describe(error, type, options);

        Assert.True(message.Contains(expected, StringComparison.Ordinal), message);
        Assert.DoesNotContain("Loyalty.ML", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }
}

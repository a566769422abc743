using System.Globalization;
using Loyalty.ML.Api.Ingest;
using Loyalty.ML.Api.Ingest.EventBodies;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Http;

namespace Loyalty.ML.Api.Tests.Ingest.EventBodies;

/// <summary>Event bodies read as they arrive: refused as soon as they pass a limit, having read little of them.</summary>
public sealed class EventBodyReaderTests
{
    private const int NineMillion = 9_000_000;
    private static readonly EventBodyLimits Limits = new(1000, 4096);

    [Fact]
    public async Task ReadAsync_NineMillionEmptyLines_IsRefusedAtLine1001HavingReadLittle()
    {
        var stream = new GeneratedStream("{\"purchases\":[", "{},", NineMillion, "{}]}");

        var body = await ReadAsync(stream);

        Assert.Equal(["must hold between 1 and 1000 lines; got more."], body.Errors!["purchases"]);
        Assert.True(stream.Taken < 128 * 1024, $"read {stream.Taken:N0} of {stream.Length:N0} bytes");
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverTheLimit_IsTooLargeBeforeAByteIsRead()
    {
        var stream = new GeneratedStream("{\"purchases\":[", "{},", NineMillion, "{}]}");

        var body = await ReadAsync(stream, declaredLength: stream.Length);

        Assert.StartsWith("The body is 27000018 bytes long; at most 4116096", body.TooLarge, StringComparison.Ordinal);
        Assert.Equal(0, stream.Taken);
    }

    [Fact]
    public async Task ReadAsync_OneLineOverTheLineLimit_IsTooLargeNamingTheLine()
    {
        var stream = new GeneratedStream("{\"purchases\":[{\"eventId\":\"long\",\"note\":\"", "x", 10_000_000, "\"}]}");

        var body = await ReadAsync(stream);

        Assert.StartsWith("purchases[0] is longer than 4096 bytes", body.TooLarge, StringComparison.Ordinal);
        Assert.True(stream.Taken < 128 * 1024, $"read {stream.Taken:N0} of {stream.Length:N0} bytes");
    }

    [Fact]
    public async Task ReadAsync_EnvelopeFieldOfMegabytes_IsTooLargeAtTheBodyLimit()
    {
        var stream = new GeneratedStream("{\"padding\":[", "1,", 20_000_000, "1],\"purchases\":[]}");

        var body = await ReadAsync(stream);

        Assert.StartsWith("The body is longer than 4116096 bytes", body.TooLarge, StringComparison.Ordinal);
        Assert.InRange(stream.Taken, Limits.MaxBodyBytes, Limits.MaxBodyBytes + (128 * 1024));
    }

    [Fact]
    public async Task ReadAsync_ThousandLinesOneByteAtATime_ReadsEveryLine()
    {
        var lines = string.Join(",", Enumerable.Range(0, 1000).Select(index => string.Create(CultureInfo.InvariantCulture,
            $"{{ \"eventId\" : \"e-{index}\", \"customerId\":\"c\", \"quantity\": {index}.5, \"timestamp\":\"2026-03-02T10:15:00Z\" }}")));
        var stream = new GeneratedStream("{ \"extra\": {\"a\":[1,{\"b\":\"]}\"}]}, \"purchases\" : [", "", 0, lines + "] }", maxRead: 1);

        var body = await ReadAsync(stream);

        Assert.Null(body.TooLarge);
        Assert.Null(body.Errors);
        Assert.Equal(["extra"], body.UnknownFields);
        Assert.Equal(1000, body.Lines!.Count);
        Assert.Equal(("e-999", 999.5), (body.Lines[999]!.EventId, body.Lines[999]!.Quantity));
    }

    [Theory]
    [InlineData("{\"purchases\":[{\"eventId\":\"s\",\"quantity\":\"1\"}]}", "purchases[0].quantity", "must be a JSON number (not a string).")]
    [InlineData("{\"purchases\":[{\"eventId\":\"d\",\"quantity\":1,\"quantity\":2}]}", "purchases[0].quantity", "is given twice in this line; a field may appear once.")]
    [InlineData("{\"purchases\":[],\"purchases\":[]}", "purchases", "is given twice; a field may appear once.")]
    [InlineData("{\"purchases\":[{\"eventId\":\"t\",\"timestamp\":1}]}", "purchases[0].timestamp", "must be a date and time as an ISO 8601 JSON string (2026-03-02T10:15:00Z).")]
    [InlineData("{\"purchases\":[7]}", "purchases[0]", "must be an object.")]
    [InlineData("[]", "body", "must be a JSON object.")]
    public async Task ReadAsync_LenientJson_IsNamedAsAnError(string json, string field, string message)
    {
        var body = await ReadAsync(new GeneratedStream(json, "", 0, ""));

        Assert.Equal([message], body.Errors![field]);
    }

    [Fact]
    public async Task ReadAsync_CutOffBody_SaysWhere()
    {
        var body = await ReadAsync(new GeneratedStream("{\"purchases\":[{\"eventId\":\"cut\"", "", 0, ""));

        Assert.StartsWith("is not valid JSON", body.Errors!["body"][0], StringComparison.Ordinal);
    }

    private static async Task<EventBody<PurchaseLine>> ReadAsync(GeneratedStream stream, long? declaredLength = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = stream;
        context.Request.ContentLength = declaredLength;
        return await EventBodyReader.ReadAsync(context.Request, "purchases", EventJsonContext.Default.PurchaseLine, Limits);
    }
}

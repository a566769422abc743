using System.Text.Json.Serialization.Metadata;

namespace Loyalty.ML.Api.Ingest.EventBodies;

/// <summary>
/// Reads an event body from the request as it arrives (<see cref="EventBodyParser{TLine}"/>), refusing it as soon as it
/// passes a limit: a declared length over <see cref="EventBodyLimits.MaxBodyBytes"/> before a byte is read, more bytes
/// than that while reading, a line over its byte limit, or a line after the last allowed. What one request holds at a
/// time is then one unparsed line, the bytes the server buffered, and at most <see cref="EventBodyLimits.MaxLines"/>
/// parsed lines. What the client still sends after the answer the server reads and drops (up to its own limit), so
/// that the client gets to read the answer.
/// </summary>
internal static class EventBodyReader
{
    /// <summary>Reads the body of <paramref name="request"/>, a JSON object whose <paramref name="listName"/> holds the lines.</summary>
    public static async Task<EventBody<TLine>> ReadAsync<TLine>(HttpRequest request, string listName, JsonTypeInfo<TLine> lineType, EventBodyLimits limits)
        where TLine : class
    {
        var parser = new EventBodyParser<TLine>(listName, lineType, limits);
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            parser.RefuseTooLarge($"The body is {request.ContentLength} bytes long; at most {limits.MaxBodyBytes} are accepted ({limits.MaxLines} lines of at most {limits.MaxLineBytes} bytes).");
            return parser.Result;
        }

        var body = request.BodyReader;
        var received = 0L;
        while (!parser.Done)
        {
            var read = await body.ReadAsync(request.HttpContext.RequestAborted);
            var buffer = read.Buffer;
            var consumed = buffer.Start;
            try
            {
                if (received + buffer.Length > limits.MaxBodyBytes)
                {
                    parser.RefuseTooLarge($"The body is longer than {limits.MaxBodyBytes} bytes ({limits.MaxLines} lines of at most {limits.MaxLineBytes} bytes).");
                    break;
                }

                consumed = parser.Parse(buffer, read.IsCompleted);
                received += buffer.Slice(0, consumed).Length;
            }
            finally
            {
                body.AdvanceTo(consumed, buffer.End);
            }
        }

        return parser.Result;
    }
}

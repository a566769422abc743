using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Api.Http;

namespace Loyalty.ML.Api.Ingest.EventBodies;

/// <summary>
/// Reads <c>{"list": [line, …]}</c> as the bytes arrive: each line is deserialized alone as soon as it is complete,
/// and the body is refused at the first limit passed (the line after the last allowed, a line over its byte limit),
/// so no more than one line is ever held unparsed. Fields of the envelope other than the list are named and skipped
/// token by token, never buffered whole.
/// </summary>
internal sealed class EventBodyParser<TLine>(string listName, JsonTypeInfo<TLine> lineType, EventBodyLimits limits)
    where TLine : class
{
    private readonly List<string> _unknown = [];
    private JsonReaderState _state;
    private Stage _stage;
    private int _skipDepth;
    private bool _listSeen;
    private List<TLine?>? _lines;
    private Dictionary<string, string[]>? _errors;
    private string? _tooLarge;

    private enum Stage
    {
        Start,
        Field,
        ListValue,
        Line,
        SkipValue,
        Skipping,
        End,
    }

    /// <summary>True once the body is read to its end or refused.</summary>
    public bool Done { get; private set; }

    /// <summary>What was read.</summary>
    public EventBody<TLine> Result => new(_lines, _unknown, _errors, _tooLarge);

    /// <summary>Refuses the body as too large.</summary>
    public void RefuseTooLarge(string reason)
    {
        _tooLarge = reason;
        Done = true;
    }

    /// <summary>
    /// Reads what <paramref name="buffer"/> holds (the bytes not consumed before, and new ones); returns how far it was
    /// consumed. A line or token cut off at the end is not: it is offered again with the bytes that follow.
    /// </summary>
    public SequencePosition Parse(ReadOnlySequence<byte> buffer, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(buffer, isFinalBlock, _state);
        try
        {
            while (!Done)
            {
                var before = reader.CurrentState;
                var consumed = reader.BytesConsumed;
                if (!reader.Read())
                {
                    Done = isFinalBlock;
                    break;
                }

                if (_stage != Stage.Line)
                {
                    Step(ref reader);
                }
                else if (!Line(ref reader, buffer))
                {
                    if (isFinalBlock)
                    {
                        Stop("body", "ends inside a line.");
                    }
                    else if (buffer.Length - consumed > limits.MaxLineBytes)
                    {
                        RefuseTooLarge($"{listName}[{_lines!.Count}] is longer than {limits.MaxLineBytes} bytes.");
                    }

                    _state = before;
                    return buffer.GetPosition(consumed);
                }
            }
        }
        catch (JsonException exception)
        {
            // The reader's message says where: "… LineNumber: 0 | BytePositionInLine: 1234."
            Stop("body", $"is not valid JSON: {exception.Message}");
        }

        _state = reader.CurrentState;
        return reader.Position;
    }

    private void Step(ref Utf8JsonReader reader)
    {
        switch (_stage)
        {
            case Stage.Start when reader.TokenType == JsonTokenType.StartObject:
                _stage = Stage.Field;
                break;
            case Stage.Start:
                Stop("body", "must be a JSON object.");
                break;
            case Stage.Field when reader.TokenType == JsonTokenType.EndObject:
                _stage = Stage.End;
                break;
            case Stage.Field:
                Field(reader.GetString()!);
                break;
            case Stage.ListValue when reader.TokenType == JsonTokenType.StartArray:
                _lines = [];
                _stage = Stage.Line;
                break;
            case Stage.ListValue when reader.TokenType == JsonTokenType.Null:
                _stage = Stage.Field;
                break;
            case Stage.ListValue:
                Stop(listName, "must be an array of lines.");
                break;
            case Stage.SkipValue when reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray:
                _skipDepth = reader.CurrentDepth;
                _stage = Stage.Skipping;
                break;
            case Stage.SkipValue:
                _stage = Stage.Field;
                break;
            case Stage.Skipping when reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == _skipDepth:
                _stage = Stage.Field;
                break;
        }
    }

    private void Field(string name)
    {
        if (string.Equals(name, listName, StringComparison.OrdinalIgnoreCase))
        {
            if (_listSeen)
            {
                Stop(listName, "is given twice; a field may appear once.");
                return;
            }

            _listSeen = true;
            _stage = Stage.ListValue;
            return;
        }

        if (_unknown.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            Stop(name, "is given twice; a field may appear once.");
            return;
        }

        _unknown.Add(name);
        _stage = Stage.SkipValue;
    }

    // False when the line is not complete in this buffer.
    private bool Line(ref Utf8JsonReader reader, ReadOnlySequence<byte> buffer)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _stage = Stage.Field;
            return true;
        }

        var index = _lines!.Count;
        if (index == limits.MaxLines)
        {
            Stop(listName, $"must hold between 1 and {limits.MaxLines} lines; got more.");
            return true;
        }

        var start = reader.TokenStartIndex;
        if (!reader.TrySkip())
        {
            return false;
        }

        var length = reader.BytesConsumed - start;
        if (length > limits.MaxLineBytes)
        {
            RefuseTooLarge($"{listName}[{index}] is {length} bytes long; at most {limits.MaxLineBytes} are accepted.");
            return true;
        }

        _lines.Add(reader.TokenType == JsonTokenType.EndObject ? Deserialize(buffer.Slice(start, length), index) : NotAnObject(index));
        return true;
    }

    private TLine? Deserialize(ReadOnlySequence<byte> bytes, int index)
    {
        var reader = new Utf8JsonReader(bytes);
        try
        {
            return JsonSerializer.Deserialize(ref reader, lineType);
        }
        catch (JsonException exception)
        {
            var field = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            var (name, message) = LineProblems.Describe(bytes, field, lineType) ?? (field, $"is not valid: {Describe(exception)}");
            Fail(name is null ? $"{listName}[{index}]" : $"{listName}[{index}].{name}", message);
            return null;
        }
    }

    private TLine? NotAnObject(int index)
    {
        Fail($"{listName}[{index}]", "must be an object.");
        return null;
    }

    private void Stop(string name, string message)
    {
        Fail(name, message);
        Done = true;
    }

    private void Fail(string name, string message) => ApiValidation.Add(ref _errors, name, message);

    // The serializer's message without its "Path: … | LineNumber: …" tail, which names positions inside one line.
    private static string Describe(JsonException exception) =>
        exception.Message.Split(" Path: ", 2)[0].Split(" LineNumber: ", 2)[0].TrimEnd();
}

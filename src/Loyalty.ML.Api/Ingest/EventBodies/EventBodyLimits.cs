using Loyalty.ML.Api.Ingest;
using Loyalty.ML.Api.Options;

namespace Loyalty.ML.Api.Ingest.EventBodies;

/// <summary>
/// What one event body may hold: <see cref="MaxLines"/> lines of at most <see cref="MaxLineBytes"/> bytes each, and so
/// at most <see cref="MaxBodyBytes"/> in all, sized from those lines rather than from the server's general 30 MB limit.
/// </summary>
/// <param name="MaxLines">Most lines in one body.</param>
/// <param name="MaxLineBytes">Most bytes of one line, from its <c>{</c> to its <c>}</c>.</param>
internal sealed record EventBodyLimits(int MaxLines, int MaxLineBytes)
{
    // The envelope ({"purchases":[ … ]}), the commas and some whitespace between lines.
    private const int EnvelopeBytes = 4096;
    private const int SeparatorBytes = 16;

    /// <summary>The limits of one event body: <see cref="EventValidation.MaxLines"/> lines of at most <see cref="EventOptions.MaxLineBytes"/>.</summary>
    public static EventBodyLimits Of(EventOptions options) => new(EventValidation.MaxLines, options.MaxLineBytes);

    /// <summary>Most bytes of the whole body.</summary>
    public long MaxBodyBytes => (long)MaxLines * (MaxLineBytes + SeparatorBytes) + EnvelopeBytes;
}

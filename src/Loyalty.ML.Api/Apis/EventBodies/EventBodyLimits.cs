namespace Loyalty.ML.Api.Apis.EventBodies;

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

    /// <summary>Most bytes of the whole body.</summary>
    public long MaxBodyBytes => (long)MaxLines * (MaxLineBytes + SeparatorBytes) + EnvelopeBytes;
}

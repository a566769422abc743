using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Tests.Data.Events;

public sealed class EventTextTests
{
    [Theory]
    [InlineData("C000123")]
    [InlineData("Müller & Söhne 42")]
    [InlineData("客户-7")]
    [InlineData("emoji 🛒")]
    public void Problem_PrintableText_IsNone(string value) => Assert.Null(EventText.Problem(value));

    [Theory]
    [InlineData("a\u200Bb", "U+200B")]
    [InlineData("a\u200Db", "U+200D")]
    [InlineData("\u202Eabc", "U+202E")]
    [InlineData("x\u2067y", "U+2067")]
    [InlineData("\u061Cx", "U+061C")]
    [InlineData("x\u0085", "U+0085")]
    [InlineData("x\u2028", "U+2028")]
    [InlineData("x\uE000", "U+E000")]
    [InlineData("x\uFFFD", "U+FFFD")]
    public void Problem_InvisibleControlOrBrokenCharacter_NamesIt(string value, string named) =>
        Assert.Contains(named, EventText.Problem(value), StringComparison.Ordinal);

    [Fact]
    public void Problem_LoneSurrogate_NamesIt() =>
        Assert.Contains("lone surrogate (U+D800)", EventText.Problem(string.Concat("x", "\uD800", "y")), StringComparison.Ordinal);
}

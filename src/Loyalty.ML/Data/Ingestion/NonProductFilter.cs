using System.Text.RegularExpressions;
using Loyalty.ML.Data.Mapping;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>
/// Tells item codes that are not products. The regular expression runs once per distinct code; the
/// answer is remembered, since a file repeats a few thousand codes millions of times.
/// </summary>
internal sealed class NonProductFilter
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _codes;
    private readonly Regex? _pattern;
    private readonly Dictionary<string, bool> _verdicts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _verdictLookup;

    public NonProductFilter(NonProductRule rule)
    {
        _codes = new HashSet<string>(rule.ItemIds, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _pattern = rule.ItemIdPattern is { } pattern ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null;
        _verdictLookup = _verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsNonProduct(ReadOnlySpan<char> itemId)
    {
        if (_codes.Contains(itemId))
        {
            return true;
        }

        if (_pattern is null)
        {
            return false;
        }

        if (!_verdictLookup.TryGetValue(itemId, out var verdict))
        {
            verdict = _pattern.IsMatch(itemId);
            _verdicts.Add(itemId.ToString(), verdict);
        }

        return verdict;
    }
}

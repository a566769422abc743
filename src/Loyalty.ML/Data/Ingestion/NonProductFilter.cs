using System.Text.RegularExpressions;
using Loyalty.ML.Data.Mapping;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>
/// Tells item codes that are not products. The regular expression runs once per distinct code; the
/// answer is remembered, since a file repeats a few thousand codes millions of times.
/// </summary>
internal sealed class NonProductFilter
{
    /// <summary>Longest one match may take; a pattern that backtracks catastrophically fails the load instead of hanging it.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _codes;
    private readonly Regex? _pattern;
    private readonly Dictionary<string, bool> _verdicts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _verdictLookup;
    private readonly string _mappingName;

    public NonProductFilter(NonProductRule rule, string mappingName)
    {
        _mappingName = mappingName;
        _codes = new HashSet<string>(rule.ItemIds, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _pattern = rule.ItemIdPattern is { } pattern ? new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout) : null;
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
            try
            {
                verdict = _pattern.IsMatch(itemId);
            }
            catch (RegexMatchTimeoutException error)
            {
                throw new DataLoadException(_mappingName, null,
                    $"wrong mapping: transactions.non_products.item_id_pattern '{_pattern}' took over {MatchTimeout.TotalSeconds:0.#} s on item '{itemId}' (it backtracks too much); simplify the pattern or list the codes in item_ids.",
                    inner: error);
            }

            _verdicts.Add(itemId.ToString(), verdict);
        }

        return verdict;
    }
}

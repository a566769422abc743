using System.Collections.Frozen;
using System.Text.Json;

namespace Loyalty.ML.Data;

/// <summary>Names and kinds of <see cref="RowOutcome"/> values as the report writes them.</summary>
internal static class RowOutcomes
{
    private static readonly RowOutcome[] All = Enum.GetValues<RowOutcome>();
    private static readonly FrozenDictionary<RowOutcome, string> Names =
        All.ToFrozenDictionary(outcome => outcome, outcome => JsonNamingPolicy.SnakeCaseLower.ConvertName(outcome.ToString()));

    /// <summary>Every outcome, in the order rules are checked.</summary>
    public static IReadOnlyList<RowOutcome> InCheckOrder => All;

    /// <summary>The snake_case name used in <c>data_report.json</c>, e.g. <c>missing_customer_id</c>.</summary>
    public static string Name(this RowOutcome outcome) => Names[outcome];

    /// <summary>True for outcomes that mean the row could not be read as the mapping says.</summary>
    public static bool IsMalformed(this RowOutcome outcome) => outcome <= RowOutcome.BadUrl;

    /// <summary>True for outcomes that are a named exclusion rule.</summary>
    public static bool IsExcluded(this RowOutcome outcome) => outcome is > RowOutcome.BadUrl and < RowOutcome.Accepted;
}

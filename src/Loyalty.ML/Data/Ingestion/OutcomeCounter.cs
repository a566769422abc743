namespace Loyalty.ML.Data.Ingestion;

/// <summary>Counts the outcome of every row of one file and keeps the first examples of each.</summary>
internal sealed class OutcomeCounter
{
    private readonly string _file;
    private readonly int _maxExamples;
    private readonly long[] _counts = new long[RowOutcomes.InCheckOrder.Count];
    private readonly List<RowIssue>?[] _examples = new List<RowIssue>?[RowOutcomes.InCheckOrder.Count];

    public OutcomeCounter(string file, int maxExamples)
    {
        _file = file;
        _maxExamples = maxExamples;
    }

    public long Rows { get; private set; }

    public long Malformed { get; private set; }

    public long this[RowOutcome outcome] => _counts[(int)outcome];

    public void Accept()
    {
        Rows++;
        _counts[(int)RowOutcome.Accepted]++;
    }

    /// <summary>True when an example of <paramref name="outcome"/> would still be kept, so the caller builds the reason only then.</summary>
    public bool WantsExample(RowOutcome outcome) => (_examples[(int)outcome]?.Count ?? 0) < _maxExamples;

    /// <summary>Counts <paramref name="rows"/> rows (more than one for a record that swallowed several lines) under <paramref name="outcome"/>.</summary>
    public void Count(RowOutcome outcome, long line, string? reason, int rows = 1)
    {
        Rows += rows;
        _counts[(int)outcome] += rows;
        if (outcome.IsMalformed())
        {
            Malformed += rows;
        }

        if (reason is not null && WantsExample(outcome))
        {
            (_examples[(int)outcome] ??= []).Add(new RowIssue(line, reason));
        }
    }

    /// <summary>The first kept example of a malformed row, for error messages.</summary>
    public RowIssue? FirstMalformed() =>
        RowOutcomes.InCheckOrder.Where(o => o.IsMalformed()).SelectMany(o => _examples[(int)o] ?? []).MinBy(issue => issue.Line);

    public FileReport ToReport(IEnumerable<RowOutcome> listed) => new()
    {
        File = _file,
        RowsRead = Rows,
        RowsAccepted = this[RowOutcome.Accepted],
        RowsExcluded = RowOutcomes.InCheckOrder.Where(o => o.IsExcluded()).Sum(o => this[o]),
        RowsMalformed = Malformed,
        Outcomes = listed.ToDictionary(o => o.Name(), o => this[o]),
        Examples = RowOutcomes.InCheckOrder
            .Where(o => _examples[(int)o] is { Count: > 0 })
            .ToDictionary(o => o.Name(), o => (IReadOnlyList<RowIssue>)_examples[(int)o]!),
    };
}

using Loyalty.ML.Data.Ingestion.Sources;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>The row loop of the items and customers files: one outcome per row, like the transactions.</summary>
internal static class RecordRows
{
    /// <summary>
    /// Calls <paramref name="readRow"/> for every row with the header's field count. It reads the row's
    /// values and keeps the record only when <see cref="RowValues.Problem"/> stays null; the row is then
    /// counted as accepted, or under its problem.
    /// </summary>
    public static OutcomeCounter ReadAll(IRowSource source, ValueFormat format, ReadSettings settings, Action<RowValues> readRow)
    {
        var counter = new OutcomeCounter(source.Path, settings.MaxExamples);
        var values = new RowValues(source, format, settings.Window);
        while (source.Read())
        {
            if (source.Defect is { } defect)
            {
                counter.Count(RowOutcome.OversizedField, source.Line, defect, source.Lines);
                continue;
            }

            if (source.FieldCount != source.Columns.Count)
            {
                counter.Count(RowOutcome.WrongFieldCount, source.Line, $"expected {source.Columns.Count} fields, found {source.FieldCount}");
                continue;
            }

            values.Reset(counter);
            readRow(values);
            if (values.Problem is { } problem)
            {
                counter.Count(problem, source.Line, values.Reason);
            }
            else
            {
                counter.Accept();
            }
        }

        return counter;
    }
}

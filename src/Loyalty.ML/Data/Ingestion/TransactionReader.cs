using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Ingestion.Sources;
using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>
/// Streams a transactions file into a <see cref="PurchaseHistoryBuilder"/>, giving every row one
/// <see cref="RowOutcome"/>: malformed checks first, then the exclusion rules of <see cref="LineRules"/>.
/// </summary>
internal sealed class TransactionReader
{
    private const int ProgressEvery = 1 << 16;
    private const int EstimateAfter = 1 << 18;
    private readonly IRowSource _source;
    private readonly TransactionFields _fields;
    private readonly RowValues _values;
    private readonly LineRules _rules;
    private readonly OutcomeCounter _counter;

    private readonly DayMonthEvidence? _dayMonth;

    private TransactionReader(IRowSource source, TransactionMapping mapping, ValueFormat format, ReadSettings settings, DayMonthEvidence? dayMonth)
    {
        _source = source;
        _fields = TransactionFields.Resolve(source, mapping.Columns);
        _values = new RowValues(source, format, settings.Window);
        _rules = LineRules.Of(mapping, settings.MappingName);
        _counter = new OutcomeCounter(source.Path, settings.MaxExamples);
        _dayMonth = dayMonth;
    }

    /// <summary>Reads every row; <paramref name="dayMonth"/>, when given, watches the timestamps for day and month read the wrong way round.</summary>
    public static OutcomeCounter Read(IRowSource source, TransactionMapping mapping, ValueFormat format, PurchaseHistoryBuilder builder, ReadSettings settings, DayMonthEvidence? dayMonth, out bool hasItemColumn, Action<double>? progress)
    {
        var reader = new TransactionReader(source, mapping, format, settings, dayMonth);
        hasItemColumn = reader._fields.Item >= 0;
        while (source.Read())
        {
            reader.ReadRow(builder);
            if (reader._counter.Rows % ProgressEvery == 0)
            {
                progress?.Invoke(source.Progress);
                if (reader._counter.Rows == EstimateAfter && source.Progress is > 0 and < 1 and var fraction)
                {
                    builder.ReservePurchases((long)(reader._counter[RowOutcome.Accepted] / fraction * 1.05));
                }
            }
        }

        return reader._counter;
    }

    private void ReadRow(PurchaseHistoryBuilder builder)
    {
        var line = _source.Line;
        if (_source.Defect is { } defect)
        {
            _counter.Count(RowOutcome.OversizedField, line, defect, _source.Lines);
            return;
        }

        if (_source.FieldCount != _fields.Names.Count)
        {
            var reason = _counter.WantsExample(RowOutcome.WrongFieldCount) ? $"expected {_fields.Names.Count} fields, found {_source.FieldCount}" : null;
            _counter.Count(RowOutcome.WrongFieldCount, line, reason);
            return;
        }

        _values.Reset(_counter);
        var customer = _values.Id(_fields.Customer);
        var item = _fields.Item >= 0 ? _values.RequiredId(_fields.Item) : default;
        var time = _values.Time(_fields.Time);
        _dayMonth?.Observe(_source.Text(_fields.Time), time, _values.TimeParsed, line);
        var quantity = _fields.Quantity >= 0 ? _values.Number(_fields.Quantity, NumberLimits.Quantity) : 1;
        var price = _fields.UnitPrice >= 0 ? _values.Number(_fields.UnitPrice, NumberLimits.Price) : 0;
        if (_fields.UnitPrice < 0)
        {
            var amount = _values.Number(_fields.Amount, NumberLimits.Price);
            (quantity, price) = _fields.Quantity >= 0
                ? (quantity, quantity == 0 ? amount : amount / quantity)
                : (amount < 0 ? -1 : 1, Math.Abs(amount));
        }

        if (_values.Problem is { } problem)
        {
            _counter.Count(problem, line, _values.Reason);
            return;
        }

        var order = _fields.Order >= 0 ? _values.Id(_fields.Order) : default;
        var outcome = _rules.Classify(customer, _fields.Item >= 0, item, order, quantity, price);
        if (outcome == RowOutcome.Accepted)
        {
            var name = _fields.ItemName >= 0 ? _values.Id(_fields.ItemName) : default;
            builder.AddLine(isReturn: false, customer, _fields.Item >= 0, item, order, time, (float)quantity, (float)price, name);
            _counter.Accept();
            return;
        }

        if (outcome == RowOutcome.Cancellation)
        {
            builder.AddLine(isReturn: true, customer, _fields.Item >= 0, item, order, time, (float)quantity, (float)price, default);
        }

        _counter.Count(outcome, line, _counter.WantsExample(outcome) ? LineRules.Explain(outcome, customer, item, order, quantity, price) : null);
    }
}

namespace Loyalty.ML.Training.Output;

/// <summary>Rows read and their outcomes, and the history they made: the data part of a JSON summary.</summary>
internal sealed record DataCounts(long RowsRead, long RowsAccepted, long RowsExcluded, long RowsMalformed, int Customers, int Items, DateOnly? FirstDay, DateOnly? LastDay);

namespace Loyalty.ML.Data;

/// <summary>
/// Loading purchase history failed. The message names the file, the line when there is one, and the reason.
/// </summary>
public sealed class DataLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> (and <paramref name="line"/>, 1-based, when known).</summary>
    public DataLoadException(string file, long? line, string reason, DataReport? report = null, Exception? inner = null)
        : base(Format(file, line, reason), inner)
    {
        File = file;
        Line = line;
        Reason = reason;
        Report = report;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>1-based line (CSV) or row (Parquet) at fault, when the fault is in one row.</summary>
    public long? Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    /// <summary>The validation report so far, when the failure came after reading rows.</summary>
    public DataReport? Report { get; }

    private static string Format(string file, long? line, string reason) =>
        line is { } number ? $"{file} line {number}: {reason}" : $"{file}: {reason}";
}

using System.Text.Json;
using Loyalty.ML.Data;

namespace Loyalty.ML.Training.Commands;

/// <summary>
/// The failures a user can cause and fix (bad data, files, options, an empty registry): printed as one
/// unwrapped line on stderr with exit code 2, never as a stack trace.
/// </summary>
internal static class CommandErrors
{
    public const int ExitCode = 2;

    public static bool IsUserError(Exception error) => error is DataLoadException or SanityGateException or InvalidDataException or InvalidOperationException
        or ArgumentException or IOException or UnauthorizedAccessException or FormatException or JsonException;

    public static int Report(Exception error)
    {
        Console.Error.WriteLine($"error: {error.Message}");
        return ExitCode;
    }
}

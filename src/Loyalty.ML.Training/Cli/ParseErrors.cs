using System.CommandLine;
using System.CommandLine.Parsing;
using Loyalty.ML.Core;

namespace Loyalty.ML.Training.Cli;

/// <summary>
/// What the parser found wrong, in the user's words: a value that is not of the option's kind says what is expected
/// with an example (never a .NET type name), an unknown option or command names the nearest known one.
/// </summary>
internal static class ParseErrors
{
    private const string UnparseableValue = "Cannot parse argument";
    private const string Unrecognized = "Unrecognized command or argument";

    private const string NoCommand = "Required command was not provided";

    /// <summary>
    /// One line per error of <paramref name="result"/>; the value after an unknown option, and the missing command when
    /// another error says more, are not repeated as errors of their own.
    /// </summary>
    public static IReadOnlyList<string> Describe(ParseResult result)
    {
        var errors = result.Errors.ToList();
        var unknownOption = errors.Exists(error => error.Message.StartsWith(Unrecognized, StringComparison.Ordinal) && Quoted(error.Message) is ['-', ..]);
        errors.RemoveAll(error => (unknownOption && error.Message.StartsWith(Unrecognized, StringComparison.Ordinal) && Quoted(error.Message) is not ['-', ..])
            || (errors.Count > 1 && error.Message.StartsWith(NoCommand, StringComparison.Ordinal)));
        return [.. errors.Select(error => Describe(error, result.CommandResult.Command)).Distinct(StringComparer.Ordinal)];
    }

    private static string Describe(ParseError error, Command command)
    {
        if (error.Message.StartsWith(UnparseableValue, StringComparison.Ordinal) && OptionOf(error.SymbolResult) is { } option)
        {
            var token = error.SymbolResult?.Tokens.LastOrDefault()?.Value ?? string.Empty;
            return $"{option.Name}: '{token}' is not {Expected(option.ValueType)}.";
        }

        if (error.Message.StartsWith(Unrecognized, StringComparison.Ordinal) && Quoted(error.Message) is { } typed)
        {
            var known = command.Options.Select(option => option.Name)
                .Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options).Where(option => option.Recursive).Select(option => option.Name))
                .Concat(command.Subcommands.Select(sub => sub.Name))
                .ToList();
            var kind = typed.StartsWith('-') ? "option" : "command or argument";
            var hint = NearestName.Of(typed, known) is { } nearest ? $"; did you mean {nearest}?" : ".";
            return $"unknown {kind} '{typed}'{hint}";
        }

        if (error.Message.StartsWith(NoCommand, StringComparison.Ordinal))
        {
            return "no command given (./train.sh alone trains on the sample data).";
        }

        return error.Message.StartsWith("Option '", StringComparison.Ordinal) && Quoted(error.Message) is { } name && error.Message.EndsWith("is required.", StringComparison.Ordinal)
            ? $"{name} is required."
            : error.Message;
    }

    private static Option? OptionOf(SymbolResult? result) => result switch
    {
        OptionResult option => option.Option,
        ArgumentResult { Parent: OptionResult option } => option.Option,
        _ => null,
    };

    private static string? Quoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[(start + 1)..end] : null;
    }

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(int) || type == typeof(long) => "a whole number (e.g. 64)",
            _ when type == typeof(double) || type == typeof(float) => "a number, with a dot for decimals (e.g. 0.5)",
            _ when type == typeof(DateOnly) => "a date written yyyy-MM-dd (e.g. 2025-06-30)",
            _ when type == typeof(bool) => "true or false",
            _ => $"a valid value",
        };
    }
}

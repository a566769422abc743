using System.Text.RegularExpressions;

namespace Loyalty.ML.Api.Tests.Readme;

/// <summary>
/// What the README's bash blocks ask a reader to type against the service: every <c>curl</c> command (a command runs
/// on over lines ending in a backslash or inside an open single quote), the shell variables and <c>source</c> lines
/// they use, and the API keys its <c>export ApiKeys__…</c> lines configure. Found by shape, not by section, so new
/// examples are picked up as they are written.
/// </summary>
public sealed partial class ReadmeExamples
{
    private ReadmeExamples(IReadOnlyList<string> commands, IReadOnlyDictionary<string, string> keys)
    {
        Commands = commands;
        Keys = keys;
    }

    /// <summary>The commands to run in order: curl lines with the variables and sources before them.</summary>
    public IReadOnlyList<string> Commands { get; }

    /// <summary>The API key settings the README exports (name → value), to start the service with.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; }

    /// <summary>How many of <see cref="Commands"/> are curl calls.</summary>
    public int CurlCount => Commands.Count(command => command.TrimStart().StartsWith("curl ", StringComparison.Ordinal));

    public static ReadmeExamples Read(string readme)
    {
        var commands = new List<string>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in BashBlock().Matches(readme))
        {
            foreach (var command in LogicalLines(block.Groups[1].Value))
            {
                if (KeyExport().Match(command) is { Success: true } export)
                {
                    keys[export.Groups[1].Value] = export.Groups[2].Value;
                }
                else if (Kept().IsMatch(command))
                {
                    commands.Add(command);
                }
            }
        }

        return new ReadmeExamples(commands, keys);
    }

    // Joins continuation lines: a trailing backslash, or a single quote left open (a JSON body over several lines).
    private static IEnumerable<string> LogicalLines(string block)
    {
        var current = new List<string>();
        foreach (var line in block.Split('\n'))
        {
            current.Add(line);
            var text = string.Join('\n', current);
            if (line.TrimEnd().EndsWith('\\') || text.Count(character => character == '\'') % 2 == 1)
            {
                continue;
            }

            yield return text;
            current.Clear();
        }
    }

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"^\s*export (ApiKeys__[A-Za-z0-9_]+)='([^']*)'")]
    private static partial Regex KeyExport();

    [GeneratedRegex(@"^\s*(curl\s|source\s|[A-Z][A-Z0-9_]*=)")]
    private static partial Regex Kept();
}

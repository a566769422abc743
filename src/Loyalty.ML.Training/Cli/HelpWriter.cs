using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;

namespace Loyalty.ML.Training.Cli;

/// <summary>Writes the help text of one command: usage as typed through <c>./train.sh</c>, what it does, its arguments, its options by group, its sub-commands.</summary>
internal static class HelpWriter
{
    private const string Script = "./train.sh";
    private const int Width = 110;
    private const int NameColumn = 32;

    public static void Write(Command command, Command root, TextWriter output)
    {
        if (command == root)
        {
            WriteRoot(root, output);
            return;
        }

        var path = PathOf(command);
        var arguments = string.Concat(command.Arguments.Where(argument => !argument.Hidden).Select(argument => $" [{argument.Name}]"));
        var usage = command.Subcommands.Count > 0 ? $"{Script} {path} COMMAND [options]" : $"{Script} {path}{arguments} [options]";
        output.WriteLine($"Usage: {usage}");
        output.WriteLine();
        Wrap(output, command.Description ?? string.Empty, 0);
        if (command.Arguments.Any(argument => !argument.Hidden))
        {
            Section(output, "Arguments", command.Arguments.Where(argument => !argument.Hidden).Select(argument => (argument.Name, argument.Description ?? string.Empty)));
        }

        if (command.Subcommands.Count > 0)
        {
            Section(output, "Commands", command.Subcommands.Where(sub => !sub.Hidden).Select(sub => (sub.Name, sub.Description ?? string.Empty)));
        }

        var options = Visible(command).Where(option => option is not HelpOption).ToList();
        foreach (var group in options.GroupBy(HelpGroups.Of).OrderBy(group => group.Key == HelpGroups.Other ? 1 : 0))
        {
            Section(output, group.Key, group.Select(option => (Name(option), Describe(option))));
        }

        output.WriteLine();
        output.WriteLine(command.Subcommands.Count > 0
            ? $"Run {Script} {path} COMMAND --help for a command's options."
            : $"-h, --help shows this help; {Script} --help lists every command.");
    }

    private static void WriteRoot(Command root, TextWriter output)
    {
        output.WriteLine($"Usage: {Script} [train options]          train on data/sample (generated on first use) and publish models/current");
        output.WriteLine($"       {Script} --serve [train options]  the same, then serve the API");
        output.WriteLine($"       {Script} COMMAND [options]");
        output.WriteLine();
        Wrap(output, root.Description ?? string.Empty, 0);
        var commands = root.Subcommands.Where(command => !command.Hidden)
            .Select(command => (command.Subcommands.Count > 0 ? $"{command.Name} {string.Join('|', command.Subcommands.Select(sub => sub.Name))}" : command.Name, command.Description ?? string.Empty))
            .Append(ScriptCommands.Serve);
        Section(output, "Commands", commands);
        Section(output, "Benchmarks (each against a baseline measured in the same run)", ScriptCommands.Benchmarks);
        output.WriteLine();
        output.WriteLine($"Run {Script} COMMAND --help for a command's options, e.g. {Script} train --help.");
    }

    private static IEnumerable<Option> Visible(Command command)
    {
        var own = command.Options.Where(option => !option.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(parent => parent.Options).Where(option => option.Recursive && !option.Hidden);
        return own.Concat(inherited).Distinct();
    }

    /// <summary>The words after <c>./train.sh</c> that name <paramref name="command"/> (<c>models compare</c>).</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command { Parents: var parents } current && current is not RootCommand; symbol = parents.FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', names);
    }

    private static string Name(Option option)
    {
        var names = string.Join(", ", option.Aliases.Where(alias => alias.Length == 2).Append(option.Name));
        return option.ValueType == typeof(bool) ? names : $"{names} {Placeholder(option)}";
    }

    private static string Placeholder(Option option)
    {
        if (option.HelpName is { } name)
        {
            return name;
        }

        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        return type switch
        {
            _ when type == typeof(int) || type == typeof(long) => "N",
            _ when type == typeof(double) || type == typeof(float) => "X",
            _ when type == typeof(DateOnly) => "yyyy-MM-dd",
            _ when type.IsArray => "NAME",
            _ => "VALUE",
        };
    }

    private static string Describe(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.Required)
        {
            return $"{description} Required.";
        }

        if (!option.HasDefaultValue || option.ValueType == typeof(bool) || description.Contains("default", StringComparison.OrdinalIgnoreCase))
        {
            return description;
        }

        return option.GetDefaultValue() is { } value ? $"{description} Default: {Convert.ToString(value, CultureInfo.InvariantCulture)}." : description;
    }

    private static void Section(TextWriter output, string title, IEnumerable<(string Name, string Description)> rows)
    {
        output.WriteLine();
        output.WriteLine($"{title}:");
        foreach (var (name, description) in rows)
        {
            var head = $"  {name}";
            if (head.Length >= NameColumn)
            {
                output.WriteLine(head);
                head = string.Empty;
            }

            output.Write(head.PadRight(NameColumn));
            Wrap(output, description, NameColumn);
        }
    }

    // Breaks text into lines of at most Width, the first continuing the current line, the rest indented.
    private static void Wrap(TextWriter output, string text, int indent)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && indent + line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line.ToString());
                output.Write(new string(' ', indent));
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        output.WriteLine(line.ToString());
    }
}

using System.CommandLine;
using System.CommandLine.Invocation;

namespace Loyalty.ML.Training.Cli;

/// <summary>The help of every command, in the voice of <c>./train.sh</c>: usage as the user types it, options under their groups.</summary>
internal sealed class TrainerHelp : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>Makes every <c>--help</c> of <paramref name="root"/> and its commands print this help.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            option.Action = new TrainerHelp();
        }
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        HelpWriter.Write(parseResult.CommandResult.Command, parseResult.RootCommandResult.Command, Console.Out);
        return 0;
    }
}

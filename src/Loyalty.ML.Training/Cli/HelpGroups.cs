using System.CommandLine;
using System.Runtime.CompilerServices;

namespace Loyalty.ML.Training.Cli;

/// <summary>The heading each option is listed under in a command's help (Data, Churn, Recommender …), so 40 options read as a few short lists.</summary>
internal static class HelpGroups
{
    /// <summary>The heading of options no group claims.</summary>
    public const string Other = "Options";

    private static readonly ConditionalWeakTable<Option, string> Titles = [];

    /// <summary>Lists <paramref name="options"/> under <paramref name="title"/> and returns them.</summary>
    public static IReadOnlyList<Option> Add(string title, params Option[] options)
    {
        foreach (var option in options)
        {
            Titles.AddOrUpdate(option, title);
        }

        return options;
    }

    /// <summary>The heading of <paramref name="option"/>.</summary>
    public static string Of(Option option) => Titles.TryGetValue(option, out var title) ? title : Other;
}

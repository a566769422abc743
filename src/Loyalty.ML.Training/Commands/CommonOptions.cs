using System.CommandLine;

namespace Loyalty.ML.Training.Commands;

/// <summary>Options several commands share, with their defaults in one place.</summary>
internal static class CommonOptions
{
    public const string DefaultRegistry = "models";

    public static Option<string> Registry() => new("--models")
    {
        Description = "Model registry folder.",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultRegistry,
    };
}

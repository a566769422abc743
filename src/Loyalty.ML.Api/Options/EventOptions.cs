using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>Where reported purchases and offer events are stored, and how far ahead of the server's clock they may be dated.</summary>
internal sealed class EventOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Events";

    /// <summary>The store's default path, under <c>data/</c> (git-ignored).</summary>
    public const string DefaultStorePath = "data/events/events.db";

    /// <summary>The SQLite event store; a relative path is taken from the folder holding the model registry (the repository root by default).</summary>
    [Required]
    public string StorePath { get; set; } = DefaultStorePath;

    /// <summary>Events dated later than now plus this are refused: a till's clock may run a little ahead, not days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The store path for a registry at <paramref name="registryRoot"/>.</summary>
    public string ResolveStorePath(string registryRoot) =>
        Path.IsPathRooted(StorePath) ? StorePath : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(registryRoot))!, StorePath));
}

using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>Where reported purchases and offer events are stored, and how far ahead of the server's clock they may be dated.</summary>
internal sealed class EventOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Events";

    /// <summary>
    /// The store's default path, inside the model registry folder (git-ignored with it), where <c>train</c> reads it by
    /// default: events belong to the registry whose model they were served from (<see cref="Pipeline.Bundles.ModelRegistry.EventStoreFile"/>).
    /// </summary>
    public const string DefaultStorePath = Pipeline.Bundles.ModelRegistry.EventStoreFile;

    /// <summary>The store of events before they belonged to a registry: <c>data/events/events.db</c> beside the registry folder.</summary>
    public const string FormerDefaultStorePath = "data/events/events.db";

    /// <summary>The SQLite event store; a relative path is taken from the model registry folder.</summary>
    [Required]
    public string StorePath { get; set; } = DefaultStorePath;

    /// <summary>Events dated later than now plus this are refused: a till's clock may run a little ahead, not days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The store path for a registry at <paramref name="registryRoot"/>.</summary>
    public string ResolveStorePath(string registryRoot) =>
        Path.IsPathRooted(StorePath) ? StorePath : Path.GetFullPath(Path.Combine(Path.GetFullPath(registryRoot), StorePath));

    /// <summary>The store a service of an earlier release kept for <paramref name="registryRoot"/>, when it exists and is not the store in use.</summary>
    public string? FormerStore(string registryRoot)
    {
        var former = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(registryRoot))!, FormerDefaultStorePath));
        return File.Exists(former) && former != ResolveStorePath(registryRoot) ? former : null;
    }
}

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

    /// <summary>
    /// The store's high-water mark (<see cref="Data.Events.Recovery.EventStoreMark"/>); empty for beside the store. Kept on
    /// another volume (the registry's, say), it also tells a store whose whole folder was lost from a new one.
    /// </summary>
    public string? MarkPath { get; set; }

    /// <summary>Warnings about one repeating failure (the stream unwritable, the mark unwritable) are logged once per this, with a count.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WarningInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Events dated later than now plus this are refused: a till's clock may run a little ahead, not days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most bytes of one event line as sent (a purchase line with every id at its 64-character limit is well under 3 KB).</summary>
    [Range(512, 65_536)]
    public int MaxLineBytes { get; set; } = 4096;

    /// <summary>Event posts one API key may have in progress at once; more wait in <see cref="WriteQueuePerKey"/>.</summary>
    [Range(1, 64)]
    public int WriteConcurrencyPerKey { get; set; } = 4;

    /// <summary>Event posts of one key waiting for a turn (before their body is read); beyond that, 429.</summary>
    [Range(0, 1000)]
    public int WriteQueuePerKey { get; set; } = 16;

    /// <summary>The limits of one event body: <see cref="Apis.EventValidation.MaxLines"/> lines of at most <see cref="MaxLineBytes"/>.</summary>
    public Apis.EventBodies.EventBodyLimits BodyLimits => new(Apis.EventValidation.MaxLines, MaxLineBytes);

    /// <summary>The mark path for the store at <paramref name="storePath"/>.</summary>
    public string ResolveMarkPath(string storePath) =>
        string.IsNullOrWhiteSpace(MarkPath) ? Data.Events.Recovery.EventStoreMark.DefaultPath(storePath) : Path.GetFullPath(MarkPath);

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

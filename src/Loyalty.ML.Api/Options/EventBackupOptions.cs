using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>Scheduled backups of the event store (<c>VACUUM INTO</c>), the copy a damaged store is restored from.</summary>
internal sealed class EventBackupOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Events:Backup";

    /// <summary>Where backups go; a relative path is taken from the store's folder. Best on another disk than the store.</summary>
    [Required]
    public string Folder { get; set; } = "backups";

    /// <summary>Time between backups (one is taken at start when the newest is older); 0 turns backups off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Backups kept, newest first; older ones are deleted after each new one.</summary>
    [Range(1, 10_000)]
    public int Keep { get; set; } = 6;

    /// <summary>The backup folder for the store at <paramref name="storePath"/>.</summary>
    public string ResolveFolder(string storePath) =>
        Path.IsPathRooted(Folder) ? Folder : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, Folder));
}

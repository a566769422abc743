using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>Where the model registry is and how often the service checks it for a new version.</summary>
internal sealed class ModelOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Models";

    /// <summary>
    /// Registry folder holding the versions and the <c>current</c> link. A relative path is looked for under the
    /// working directory, then under the repository root above it or above the service (<see cref="RegistryLocation"/>).
    /// </summary>
    [Required]
    public string RegistryPath { get; set; } = "models";

    /// <summary>Fallback check of the <c>current</c> link, for file systems whose change events get lost.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Longest a bundle may take to load and check; a load that takes longer is abandoned and the bundle rejected, so a
    /// file that never finishes reading cannot block later swaps.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan LoadTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Watch the registry folder for changes (the poll runs either way).</summary>
    public bool WatchFileSystem { get; set; } = true;
}

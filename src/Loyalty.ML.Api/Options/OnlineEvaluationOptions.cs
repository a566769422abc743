using System.ComponentModel.DataAnnotations;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Api.Options;

/// <summary>How served lists are matched with later purchases, and how often the figures are recomputed.</summary>
internal sealed class OnlineEvaluationOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "OnlineEvaluation";

    /// <summary>A purchase counts for a list served at most this long before it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "90.00:00:00")]
    public TimeSpan Window { get; set; } = OnlineSettings.DefaultWindow;

    /// <summary>Only a list's first K items count.</summary>
    [Range(1, 100)]
    public int K { get; set; } = OnlineSettings.DefaultK;

    /// <summary>
    /// How old the figures may get: they are recomputed from the stores this often (for <c>/metrics</c> and automatic
    /// promotion), and <c>GET /v1/evaluation/online</c> recomputes figures older than this. A computation reads every list
    /// kept, and a list counts only once its window (days) has passed, so minutes of staleness cost nothing worth the CPU.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan Refresh { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The library's settings.</summary>
    public OnlineSettings Settings => new() { Window = Window, K = K };
}

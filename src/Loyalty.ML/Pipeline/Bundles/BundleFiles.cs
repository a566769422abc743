namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>Names of the files every bundle holds; models add their own beside these.</summary>
public static class BundleFiles
{
    /// <summary>Version, sources, parameters and the checksum of every other file.</summary>
    public const string Manifest = "manifest.json";

    /// <summary>The validation report of the data the bundle was trained on.</summary>
    public const string DataReport = "data_report.json";

    /// <summary>KPIs and offline evaluation metrics.</summary>
    public const string Metrics = "metrics.json";

    /// <summary>Name of the link that points at the published version in the registry folder.</summary>
    public const string Current = "current";
}

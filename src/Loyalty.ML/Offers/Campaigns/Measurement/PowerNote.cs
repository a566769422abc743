using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>
/// How large a lift in conversion the campaign's groups can tell from noise (80% power, two-sided α = 0.05), and how
/// many customers per group a given lift would need, so a difference inside the noise is not read as success.
/// </summary>
/// <param name="Metric">The conversion the note is about (e.g. <c>within_60_days</c>).</param>
/// <param name="ControlRate">Its rate in the control group, the baseline of the calculation.</param>
/// <param name="MinimumDetectableLift">The smallest lift (absolute, 0–1) these group sizes detect with 80% power.</param>
/// <param name="ReferenceLift">The lift the next figure is for.</param>
/// <param name="CustomersPerGroupNeeded">Customers per group (equal groups) needed to detect <see cref="ReferenceLift"/>.</param>
/// <param name="Note">The same in a sentence.</param>
public sealed record PowerNote(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("control_rate")] double ControlRate,
    [property: JsonPropertyName("minimum_detectable_lift")] double MinimumDetectableLift,
    [property: JsonPropertyName("reference_lift")] double ReferenceLift,
    [property: JsonPropertyName("customers_per_group_needed")] double CustomersPerGroupNeeded,
    [property: JsonPropertyName("note")] string Note);

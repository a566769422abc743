namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>Settings of the campaign report.</summary>
public sealed record CampaignReportOptions
{
    /// <summary>The lift in conversion (absolute, 0–1) the power note says the group sizes needed for: 2 points by default.</summary>
    public double ReferenceLift { get; init; } = 0.02;

    /// <summary>Throws naming the setting when it is out of range.</summary>
    public void Validate()
    {
        if (ReferenceLift is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ReferenceLift), ReferenceLift, "The reference lift must be above 0 and below 1 (e.g. 0.02 for 2 points).");
        }
    }
}

using System.IO.Hashing;
using System.Text;

namespace Loyalty.ML.Offers.Campaigns;

/// <summary>
/// Puts a customer of a campaign in treatment or control from a stable hash of (campaign, customer): XxHash3 of the
/// UTF-8 bytes, not <see cref="string.GetHashCode()"/>, which is salted per process. The same customer stays in the same
/// group of a campaign in every run, process and machine, and raising a share only moves treatment customers to control.
/// </summary>
public static class CampaignAssigner
{
    private const ulong Seed = 0x4C6F79616C747921; // "Loyalty!"

    /// <summary>The customer's position in the campaign, uniform in [0, 1): control when below the control share.</summary>
    public static double Bucket(string campaign, string customerId)
    {
        // The separator keeps ("ab", "c") apart from ("a", "bc").
        var bytes = Encoding.UTF8.GetBytes($"{campaign}\u001F{customerId}");
        return (XxHash3.HashToUInt64(bytes, unchecked((long)Seed)) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The customer's group in <paramref name="campaign"/> with <paramref name="controlShare"/> held out.</summary>
    public static CampaignGroup GroupOf(string campaign, string customerId, double controlShare) =>
        Bucket(campaign, customerId) < controlShare ? CampaignGroup.Control : CampaignGroup.Treatment;
}

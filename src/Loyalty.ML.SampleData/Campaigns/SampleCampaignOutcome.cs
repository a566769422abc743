using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.SampleData.Campaigns;

/// <summary>What the simulated campaign did, known exactly because the generator holds every customer's untreated history.</summary>
/// <param name="Campaign">Its settings, with the day resolved.</param>
/// <param name="Day">The campaign day.</param>
/// <param name="TreatmentCustomers">Qualifying customers treated.</param>
/// <param name="ControlCustomers">Qualifying customers held out.</param>
/// <param name="AddedConversions">Treated customers who bought in the window only because of the offer.</param>
/// <param name="Assignments">The assignment rows, as an export would have recorded them.</param>
public sealed record SampleCampaignOutcome(
    SampleCampaign Campaign,
    DateOnly Day,
    int TreatmentCustomers,
    int ControlCustomers,
    int AddedConversions,
    IReadOnlyList<CampaignAssignment> Assignments)
{
    /// <summary>
    /// The true effect on conversion within the window: the share of treated customers who bought there only because of
    /// the offer, i.e. treated conversion minus what the same customers would have done untreated.
    /// </summary>
    public double TrueConversionLift => TreatmentCustomers == 0 ? 0 : (double)AddedConversions / TreatmentCustomers;
}

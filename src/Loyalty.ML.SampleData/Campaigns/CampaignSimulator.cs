using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Campaigns;

/// <summary>
/// Plays a <see cref="SampleCampaign"/> into each customer's order days before their orders are written: decides who
/// qualifies from the days before the campaign, assigns them with the library's own <see cref="CampaignAssigner"/>, and
/// adds the extra order of a converted treated customer. Draws from a stream of its own, so the rest of the history
/// stays as it would have been.
/// </summary>
internal sealed class CampaignSimulator
{
    private const long StreamTag = 0x43616D70; // "Camp"

    private readonly SampleCampaign _campaign;
    private readonly int _seed;
    private readonly int _dayIndex;
    private readonly List<CampaignAssignment> _assignments = [];
    private int _treated;
    private int _control;
    private int _added;

    public CampaignSimulator(SampleCampaign campaign, SampleDataOptions options)
    {
        _campaign = campaign;
        _seed = options.Seed;
        Day = campaign.Day ?? options.EndDate.AddDays(-90);
        _dayIndex = Day.DayNumber - DateOnly.FromDateTime(options.Start).DayNumber;
    }

    public DateOnly Day { get; }

    /// <summary>Applies the campaign to one customer's sorted order days (days since the history's start), in place.</summary>
    public void Apply(int customer, string customerId, List<double> days)
    {
        var before = days.Where(day => Math.Floor(day) <= _dayIndex).ToList();
        if (before.Count == 0 || Math.Floor(before[^1]) > _dayIndex - _campaign.LapseDays)
        {
            return;
        }

        var group = CampaignAssigner.GroupOf(_campaign.Name, customerId, _campaign.ControlShare);
        _assignments.Add(new CampaignAssignment(
            _campaign.Name, customerId, group, WinBackRule.OfferType, 1, Day, Day.AddDays(_campaign.ValidityDays), _campaign.DiscountPercent, 0));
        if (group == CampaignGroup.Control)
        {
            _control++;
            return;
        }

        _treated++;
        var boughtAnyway = days.Any(day => Math.Floor(day) > _dayIndex && Math.Floor(day) <= _dayIndex + _campaign.WindowDays);
        var random = new SampleRandom(_seed ^ StreamTag, customer);
        if (!boughtAnyway && random.Chance(_campaign.Lift))
        {
            days.Add(_dayIndex + 1 + random.Uniform(0, _campaign.WindowDays));
            days.Sort();
            _added++;
        }
    }

    public SampleCampaignOutcome Outcome() => new(_campaign with { Day = Day }, Day, _treated, _control, _added, _assignments);
}

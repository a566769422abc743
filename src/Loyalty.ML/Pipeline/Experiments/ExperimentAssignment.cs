using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>
/// Who a challenger serves: the first experiment running (in the order they started) whose hash of (name, customer)
/// falls below its share, the same hash campaign holdouts use. A customer is in one experiment's challenger arm at
/// most; the champion arm of every experiment is the customers in none, so no experiment's control group ever holds
/// another's treated customers. Sticky: a customer stays where they are while the experiments running do not change,
/// and raising a share only adds customers.
/// </summary>
public static class ExperimentAssignment
{
    /// <summary>The experiment whose challenger serves <paramref name="customerId"/> at <paramref name="time"/>; null for the champion.</summary>
    public static Experiment? ChallengerFor(IReadOnlyList<Experiment> experiments, string customerId, DateTimeOffset time)
    {
        foreach (var experiment in experiments)
        {
            if (experiment.RunningAt(time) && CampaignAssigner.Bucket(experiment.Name, customerId) < experiment.Share)
            {
                return experiment;
            }
        }

        return null;
    }

    /// <summary>
    /// The arms a list served to <paramref name="customerId"/> at <paramref name="time"/> counts for: the challenger arm
    /// of the experiment the customer was in, or the champion arm of every experiment running then when in none.
    /// Assigned by the hash, not by the version that answered (intention to treat): a list the champion served to a
    /// customer of a challenger arm, say while a replica was still loading the challenger, counts for that arm.
    /// </summary>
    public static IEnumerable<string> ArmsOf(IReadOnlyList<Experiment> experiments, string customerId, DateTimeOffset time)
    {
        if (ChallengerFor(experiments, customerId, time) is { } treated)
        {
            return [treated.ChallengerArm];
        }

        return experiments.Where(experiment => experiment.RunningAt(time)).Select(experiment => experiment.ChampionArm);
    }
}

namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>
/// A published version served as a challenger to a share of customers, the rest served by the current version (the
/// champion). Who is in it follows from a hash of the experiment's name and the customer id, so it is the same on every
/// replica and every request. Ended experiments stay on record, so their lists can still be told apart.
/// </summary>
/// <param name="Name">The experiment's name: the salt of its assignment.</param>
/// <param name="Challenger">The version served to the customers in it.</param>
/// <param name="Share">Share of customers it takes (of those not already in an earlier running experiment).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="ChampionAtStart">The version current when it started.</param>
/// <param name="AutoPromote">Promote the challenger once it is better by the always-valid interval with enough customers.</param>
/// <param name="MinCustomers">Customers each arm needs before automatic promotion.</param>
/// <param name="EndedAt">When it ended; null while it runs.</param>
/// <param name="Outcome">How it ended: <c>promoted</c>, <c>stopped</c>, or why.</param>
public sealed record Experiment(
    string Name,
    string Challenger,
    double Share,
    DateTimeOffset StartedAt,
    string ChampionAtStart,
    bool AutoPromote = false,
    int MinCustomers = Experiment.DefaultMinCustomers,
    DateTimeOffset? EndedAt = null,
    string? Outcome = null)
{
    /// <summary>Customers per arm before automatic promotion, unless the experiment says otherwise.</summary>
    public const int DefaultMinCustomers = 1000;

    /// <summary>True until it ends.</summary>
    public bool IsRunning => EndedAt is null;

    /// <summary>True when it was running at <paramref name="time"/>.</summary>
    public bool RunningAt(DateTimeOffset time) => time >= StartedAt && (EndedAt is null || time < EndedAt);

    /// <summary>The name of the arm served by the challenger, as arms are named in an online evaluation.</summary>
    public string ChallengerArm => $"{Name}:challenger";

    /// <summary>The name of the arm served by the champion.</summary>
    public string ChampionArm => $"{Name}:champion";
}

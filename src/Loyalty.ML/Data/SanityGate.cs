namespace Loyalty.ML.Data;

/// <summary>
/// A check a run must pass before it publishes (the data's last day, the run's own evaluation against the current
/// version, …). A gate that fails stops the run with its name and detail, unless the user allowed it by name
/// (<c>train --allow NAME</c>): the run then publishes and the report says the gate was allowed.
/// </summary>
/// <param name="Name">Stable snake_case name, the one <c>--allow</c> takes.</param>
/// <param name="Passed">True when the check holds.</param>
/// <param name="Detail">What was measured, in words and numbers, for the person reading the summary.</param>
/// <param name="Allowed">True when the check failed and the user allowed it.</param>
public sealed record SanityGate(string Name, bool Passed, string Detail, bool Allowed = false)
{
    /// <summary>True when the gate failed and was not allowed: the run must not publish.</summary>
    public bool Blocks => !Passed && !Allowed;

    /// <summary>The gate as checked under <paramref name="allowed"/>: a failed gate the user named is allowed.</summary>
    public SanityGate Under(IReadOnlySet<string> allowed) => Passed ? this : this with { Allowed = allowed.Contains(Name) };
}

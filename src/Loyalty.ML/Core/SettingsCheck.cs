namespace Loyalty.ML.Core;

/// <summary>
/// The one way settings are checked: each settings type lists every value out of range in words
/// (<c>Problems()</c>) and its <c>Validate()</c> turns a non-empty list into one error naming them all, so a
/// person fixing a command line sees everything wrong at once rather than one mistake per attempt.
/// </summary>
internal static class SettingsCheck
{
    /// <summary>Adds <paramref name="problem"/> unless the setting is <paramref name="valid"/>.</summary>
    public static void Require(List<string> problems, bool valid, string problem)
    {
        if (!valid)
        {
            problems.Add(problem);
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every problem of <paramref name="settings"/>; nothing when there is none.</summary>
    public static void ThrowIfAny(string settings, IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException($"{settings}: {string.Join("; ", problems)}.");
        }
    }
}

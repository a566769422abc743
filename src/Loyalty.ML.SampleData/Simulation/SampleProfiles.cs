namespace Loyalty.ML.SampleData.Simulation;

/// <summary>Customer master data: names, birthdays (some unknown), signup dates, consent and the lifecycle dates.</summary>
internal static class SampleProfiles
{
    private static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Grace", "Henry", "Ines", "Jonas", "Kate", "Liam",
        "Maria", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wendy", "Yusuf",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Jones", "Brown", "Garcia", "Miller", "Davis", "Martin", "Lopez", "Wilson", "Moore", "Taylor",
        "Thomas", "Lee", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Scott",
    ];

    public static SampleCustomer Draw(ref SampleRandom random, string customerId, CustomerPlan plan, SampleChannel channel, SampleDataOptions options)
    {
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        var age = 18 + (int)(65 * Math.Pow(random.NextDouble(), 1.3));
        var birthday = random.Chance(0.1)
            ? (DateOnly?)null
            : options.EndDate.AddYears(-age).AddDays(-random.Next(365));
        var start = DateOnly.FromDateTime(options.Start);
        var acquired = start.AddDays((int)Math.Floor(plan.AcquiredDay));
        var signup = random.Chance(0.3) ? acquired.AddDays(-random.Next(90)) : acquired;
        var consent = random.Chance(0.6);
        var lifecycle = plan.Lifecycle;
        DateOnly? churned = lifecycle == SampleLifecycle.Active ? null : start.AddDays(plan.ChurnDay);
        return new SampleCustomer(customerId, name, birthday, signup, ChannelName(channel), consent, acquired, churned, lifecycle);
    }

    public static string ChannelName(SampleChannel channel) => channel switch
    {
        SampleChannel.Online => "online",
        SampleChannel.Store => "store",
        _ => "app",
    };
}

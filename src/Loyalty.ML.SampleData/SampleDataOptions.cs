using Loyalty.ML.SampleData.Campaigns;

namespace Loyalty.ML.SampleData;

/// <summary>
/// Size and shape of a generated sample history. The defaults give a history small enough to train on
/// in seconds; raising <see cref="Customers"/>, <see cref="Items"/> and <see cref="Lines"/> scales it up
/// (1M × 50k × 20M for benchmarks) without holding the lines in memory.
/// </summary>
public sealed record SampleDataOptions
{
    /// <summary>Default number of customers.</summary>
    public const int DefaultCustomers = 3_000;

    /// <summary>Default number of items.</summary>
    public const int DefaultItems = 500;

    /// <summary>
    /// Default number of purchase lines (returns come on top, about 2%): about 100 lines per customer-year of
    /// membership, near the density of real retail data (Online Retail: 92 lines per customer in its one year).
    /// </summary>
    public const int DefaultLines = 200_000;

    /// <summary>Default seed.</summary>
    public const int DefaultSeed = 42;

    /// <summary>Default length of the history in days.</summary>
    public const int DefaultDays = 730;

    /// <summary>The fixed last day of the default history, so runs never depend on the clock.</summary>
    public static readonly DateOnly DefaultEndDate = new(2025, 12, 31);

    /// <summary>Default mean lines per order.</summary>
    public const double DefaultMeanBasket = 2.8;

    /// <summary>
    /// A sparse history: many items, few lines per customer, orders of one or two lines (10,000 items, 3,000
    /// customers, 15,000 lines), where popularity is hard to beat and factors have little to learn from.
    /// </summary>
    public static SampleDataOptions Sparse { get; } = new() { Items = 10_000, Lines = 15_000, MeanBasket = 1.3, MaxBasket = 2 };

    /// <summary>
    /// A dense, bursty, ratings-like history: 900 customers, 1,700 items, 100,000 lines over 215 days, each
    /// customer's whole history in a burst of a few days and each item taken at most once
    /// (<see cref="Simulation.DenseSimulator"/>): a global time split sees few customers, personal taste is strong.
    /// </summary>
    public static SampleDataOptions Dense { get; } = new() { Customers = 900, Items = 1_700, Lines = 100_000, Days = 215, IsDense = true };

    /// <summary>True for the dense, bursty history of <see cref="Dense"/>.</summary>
    public bool IsDense { get; init; }

    /// <summary>Mean length in days of a customer's burst in a dense history.</summary>
    public double BurstDays { get; init; } = 4;

    /// <summary>Mean lines per order (1 + a Poisson count).</summary>
    public double MeanBasket { get; init; } = DefaultMeanBasket;

    /// <summary>Most lines an order has.</summary>
    public int MaxBasket { get; init; } = int.MaxValue;

    /// <summary>Number of customers.</summary>
    public int Customers { get; init; } = DefaultCustomers;

    /// <summary>Number of items in the catalog.</summary>
    public int Items { get; init; } = DefaultItems;

    /// <summary>Target number of purchase lines; the result is within a few percent of it.</summary>
    public long Lines { get; init; } = DefaultLines;

    /// <summary>Seed: the same options give byte-identical files.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Last day of the history (purchases happen up to its end).</summary>
    public DateOnly EndDate { get; init; } = DefaultEndDate;

    /// <summary>Length of the history in days, ending with <see cref="EndDate"/>.</summary>
    public int Days { get; init; } = DefaultDays;

    /// <summary>A win-back campaign with a known effect to play into the history; none by default.</summary>
    public SampleCampaign? Campaign { get; init; }

    /// <summary>First moment of the history.</summary>
    public DateTime Start => End.AddDays(-Days);

    /// <summary>The moment the history ends (midnight after <see cref="EndDate"/>); nothing happens at or after it.</summary>
    public DateTime End => EndDate.ToDateTime(TimeOnly.MinValue).AddDays(1);

    /// <summary>Every option out of range, described for the person who set it; empty when all are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Require(problems, Customers >= 1, $"customers must be at least 1, not {Customers}");
        Require(problems, Items is >= 2 and <= 10_000_000, $"items must be 2–10,000,000 (they come in complementary category pairs), not {Items}");
        Require(problems, Lines >= 1, $"lines must be at least 1, not {Lines}");
        Require(problems, MeanBasket is >= 1 and <= 100, $"the mean basket must be 1–100 lines, not {MeanBasket}");
        Require(problems, MaxBasket >= 1, $"the largest basket must be at least 1 line, not {MaxBasket}");
        Require(problems, Days is >= 30 and <= 36_500, $"days must be 30–36,500, not {Days}");
        Require(problems, BurstDays is > 0 and <= 365, $"the burst must be 0–365 days, not {BurstDays}");
        Require(problems, !IsDense || Campaign is null, "a dense history has no campaign to play");
        if (Campaign is { } campaign)
        {
            problems.AddRange(campaign.Problems());
            var day = campaign.Day ?? EndDate.AddDays(-90);
            Require(problems, day > DateOnly.FromDateTime(Start) && day.AddDays(campaign.WindowDays) <= EndDate, $"the campaign day {day:yyyy-MM-dd} and its {campaign.WindowDays}-day window must lie within the history");
        }

        return problems;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every option out of range.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Sample data options: {string.Join("; ", problems)}.");
        }
    }

    // The wording of the library's settings checks (its SettingsCheck is internal, and stays so).
    private static void Require(List<string> problems, bool valid, string problem)
    {
        if (!valid)
        {
            problems.Add(problem);
        }
    }
}

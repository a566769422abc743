using System.CommandLine;
using Loyalty.ML.Churn;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary>The <c>train</c> options that set the churn definition, risk bands and lifetime value; unset ones keep the defaults.</summary>
internal sealed class ChurnCommandOptions
{
    private static readonly ChurnOptions Defaults = new();

    private readonly Option<int?> _horizon = new("--churn-horizon") { HelpName = "DAYS", Description = $"Days without a purchase after which a customer counts as churned (default {Defaults.HorizonDays})." };
    private readonly Option<double?> _medium = new("--risk-medium") { HelpName = "P", Description = $"Churn probability from which a customer is in the medium risk band (default {Defaults.MediumRiskThreshold})." };
    private readonly Option<double?> _high = new("--risk-high") { HelpName = "P", Description = $"Churn probability from which a customer is in the high risk band (default {Defaults.HighRiskThreshold})." };
    private readonly Option<int?> _clvMonths = new("--clv-months") { Description = $"Months of customer lifetime value (default {Defaults.ClvMonths})." };
    private readonly Option<double?> _clvDiscount = new("--clv-discount") { Description = $"Monthly discount rate of the lifetime value (default {Defaults.ClvMonthlyDiscountRate})." };
    private readonly Option<DateOnly?> _testCutoff = new("--churn-test-cutoff") { Description = "Backtest: test cutoff of the churn evaluation (yyyy-MM-dd; default: the last day − horizon). The published scores do not change." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in Cli.HelpGroups.Add("Churn", _horizon, _medium, _high, _clvMonths, _clvDiscount, _testCutoff))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The churn options the command line asks for (the churn step refuses, naming each, any out of range).</summary>
    public ChurnOptions Read(ParseResult result) => new()
    {
        HorizonDays = result.GetValue(_horizon) ?? Defaults.HorizonDays,
        MediumRiskThreshold = result.GetValue(_medium) ?? Defaults.MediumRiskThreshold,
        HighRiskThreshold = result.GetValue(_high) ?? Defaults.HighRiskThreshold,
        ClvMonths = result.GetValue(_clvMonths) ?? Defaults.ClvMonths,
        ClvMonthlyDiscountRate = result.GetValue(_clvDiscount) ?? Defaults.ClvMonthlyDiscountRate,
        TestCutoff = result.GetValue(_testCutoff),
    };
}

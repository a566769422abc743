using System.CommandLine;
using Loyalty.ML.Churn;

namespace Loyalty.ML.Training.Commands;

/// <summary>The <c>train</c> options that set the churn definition, risk bands and lifetime value; unset ones keep the defaults.</summary>
internal sealed class ChurnCommandOptions
{
    private static readonly ChurnOptions Defaults = new();

    private readonly Option<int?> _horizon = new("--churn-horizon") { Description = $"Days without a purchase after which a customer counts as churned (default {Defaults.HorizonDays})." };
    private readonly Option<double?> _medium = new("--risk-medium") { Description = $"Churn probability from which a customer is in the medium risk band (default {Defaults.MediumRiskThreshold})." };
    private readonly Option<double?> _high = new("--risk-high") { Description = $"Churn probability from which a customer is in the high risk band (default {Defaults.HighRiskThreshold})." };
    private readonly Option<int?> _clvMonths = new("--clv-months") { Description = $"Months of customer lifetime value (default {Defaults.ClvMonths})." };
    private readonly Option<double?> _clvDiscount = new("--clv-discount") { Description = $"Monthly discount rate of the lifetime value (default {Defaults.ClvMonthlyDiscountRate})." };
    private readonly Option<DateOnly?> _testCutoff = new("--churn-test-cutoff") { Description = "Backtest: test cutoff of the churn evaluation (yyyy-MM-dd; default: the last day − horizon). The published scores do not change." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_horizon);
        command.Options.Add(_medium);
        command.Options.Add(_high);
        command.Options.Add(_clvMonths);
        command.Options.Add(_clvDiscount);
        command.Options.Add(_testCutoff);
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

using System.CommandLine;
using System.Globalization;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Training.Commands.Campaigns;

/// <summary><c>roi --revenue R --cost C</c>: the loyalty program's return on investment, (R − C) / C × 100.</summary>
internal static class RoiCommand
{
    public static Command Create()
    {
        var revenue = new Option<double>("--revenue") { Description = "Revenue the program brought in.", Required = true };
        var cost = new Option<double>("--cost") { Description = "What the program cost (must be positive).", Required = true };
        var command = new Command("roi", "Return on investment of the loyalty program: (revenue − cost) / cost × 100.") { revenue, cost };
        command.SetAction(result =>
        {
            try
            {
                var percent = LoyaltyRoi.Percent(result.GetValue(revenue), result.GetValue(cost));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ROI {percent:F1}%"));
                return 0;
            }
            catch (ArgumentOutOfRangeException error)
            {
                Console.Error.WriteLine($"roi: {error.Message.ReplaceLineEndings(" ")}");
                return 2;
            }
        });
        return command;
    }
}

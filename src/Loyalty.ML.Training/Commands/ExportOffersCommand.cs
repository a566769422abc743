using System.CommandLine;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Training.Commands;

/// <summary><c>export-offers</c>: offers for every customer of the current bundle (or one segment) to CSV.</summary>
internal static class ExportOffersCommand
{
    public static Command Create()
    {
        var registry = CommonOptions.Registry();
        var output = new Option<string>("--out") { Description = "CSV file to write.", DefaultValueFactory = _ => "offers.csv" };
        var segment = new Option<string?>("--segment") { Description = "Only customers of this RFM segment (e.g. at_risk)." };
        var rules = new Option<string?>("--rules") { Description = "Offer rules (JSON); default: the built-in defaults, which data/offer-rules.json spells out." };
        var ledger = new Option<string?>("--issued") { Description = "Offers already issued (customer_id,offer_type,issued_on,bonus_value), counted against the limits." };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Day the offers are made (yyyy-MM-dd); default: today." };
        var command = new Command("export-offers", "Write offers for all customers or one segment to CSV for campaign tools.") { registry, output, segment, rules, ledger, asOf };
        command.SetAction(result =>
        {
            var models = new ModelRegistry(result.GetRequiredValue(registry));
            var bundle = ModelBundle.Load(models.CurrentPath);
            var engine = new OfferEngine(result.GetValue(rules) is { } path ? OfferRulesFile.Load(path) : new OfferRules());
            var issued = result.GetValue(ledger) is { } ledgerPath ? OfferLedger.Load(ledgerPath) : OfferLedger.Empty;
            var today = result.GetValue(asOf) ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            var target = result.GetRequiredValue(output);
            var temporary = target + ".tmp";
            (int Customers, int Offers) written;
            try
            {
                using (var writer = new StreamWriter(temporary))
                {
                    written = OfferExport.Write(writer, bundle, engine, issued, today, result.GetValue(segment));
                }

                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            Console.WriteLine($"{written.Offers} offers for {written.Customers} customers -> {target} (model {bundle.Version})");
            return 0;
        });
        return command;
    }
}

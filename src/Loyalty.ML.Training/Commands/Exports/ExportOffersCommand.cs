using System.CommandLine;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Exports;
using Loyalty.ML.Training.Commands.Campaigns;
using Loyalty.ML.Training.Commands.Train;

namespace Loyalty.ML.Training.Commands.Exports;

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
        var campaign = new Option<string?>("--campaign") { Description = "Campaign name; default: each offer in its type's default campaign (win_back, cross_sell, …)." };
        var includeControl = new Option<bool>("--include-control") { Description = "Also write the control group's rows (marked control); they must not be sent." };
        var assignments = CampaignAssignmentsOption.Create();
        var unknownConsent = UnknownConsentOption.Create();
        var command = new Command("export-offers", "Write offers for all customers or one segment to CSV for campaign tools; says how many customers consent and each limit took offers from.") { registry, output, segment, rules, ledger, asOf, campaign, includeControl, assignments, unknownConsent };
        command.SetAction(result =>
        {
            var models = new ModelRegistry(result.GetRequiredValue(registry));
            var bundle = ModelBundle.Load(models.CurrentPath);
            var engine = new OfferEngine(UnknownConsentOption.Apply(result, unknownConsent, result.GetValue(rules) is { } path ? OfferRulesFile.Load(path) : new OfferRules()));
            var issued = result.GetValue(ledger) is { } ledgerPath ? OfferLedger.Load(ledgerPath) : OfferLedger.Empty;
            var assignmentsPath = CampaignAssignmentsOption.PathOf(result, assignments, result.GetValue(ledger), registry);
            var campaigns = new CampaignExportOptions(result.GetValue(campaign), engine.Rules.Holdout, result.GetValue(includeControl), rows => CampaignAssignmentFile.Append(assignmentsPath, rows));
            var today = result.GetValue(asOf) ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            var target = result.GetRequiredValue(output);
            var temporary = target + ".tmp";
            CampaignExportCounts written;
            try
            {
                using (var writer = new StreamWriter(temporary))
                {
                    written = CampaignOfferExport.Write(writer, bundle, engine, issued, today, campaigns, result.GetValue(segment));
                }

                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            Console.WriteLine($"{written.Offers} offers for {written.Customers} customers -> {target} (model {bundle.Version})");
            foreach (var line in written.Limits.Lines())
            {
                Console.WriteLine(line);
            }

            Console.WriteLine($"campaign {result.GetValue(campaign) ?? "per offer type"}: {written.TreatmentCustomers} customers in treatment, {written.ControlCustomers} held out as control{(result.GetValue(includeControl) ? " (their rows marked control)" : " (not in the file)")}; assignments appended to {assignmentsPath}");
            return 0;
        });
        return command;
    }
}

using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline.Exports;

/// <summary>
/// The offer export of a campaign: every offer as <see cref="OfferExport"/> writes it, with its campaign and group.
/// Control customers are recorded with the offers they would have got and, unless asked for, left out of the file,
/// so a campaign tool cannot send them by mistake.
/// </summary>
public static class CampaignOfferExport
{
    /// <summary>The CSV header: the offer export's columns, then campaign and group.</summary>
    public const string Header = OfferExport.Header + ",campaign,group";

    private const int RecordBatch = 10_000;

    /// <summary>Exports the offers made on <paramref name="today"/> and hands every assignment to <see cref="CampaignExportOptions.Record"/>.</summary>
    public static CampaignExportCounts Write(TextWriter output, ModelBundle bundle, OfferEngine engine, OfferLedger ledger, DateOnly today, CampaignExportOptions campaign, string? segment = null)
    {
        var customers = bundle.Customers ?? throw new InvalidDataException($"{bundle.Directory}: the bundle has no {CustomerFactsFile.FileName}; retrain to export offers.");
        output.WriteLine(Header);
        var (customerCount, offerCount, treated, held) = (0, 0, 0, 0);
        var pending = new List<CampaignAssignment>();
        var limits = new OfferLimitTally(engine.Rules.Limits);
        foreach (var stored in customers.Values.OrderBy(fact => fact.CustomerId, StringComparer.Ordinal))
        {
            var facts = bundle.Models.WithScores(stored);
            if (segment is not null && !string.Equals(segment, facts.Segment, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var proposal = engine.ProposeWithLimits(facts, ledger.StateOf(facts.CustomerId, today, engine.Rules.Limits), bundle.Recommender, today);
            limits.Add(facts, proposal);
            var offers = proposal.Offers;
            var assigned = CampaignHoldout.Assign(facts.CustomerId, offers, campaign.Campaign, campaign.Holdout);
            customerCount++;
            treated += assigned.Any(offer => offer.Group == CampaignGroup.Treatment) ? 1 : 0;
            held += assigned.Any(offer => offer.Group == CampaignGroup.Control) ? 1 : 0;
            for (var rank = 0; rank < assigned.Count; rank++)
            {
                var offer = assigned[rank];
                pending.Add(offer.ToAssignment(facts.CustomerId, rank + 1));
                if (offer.Group == CampaignGroup.Treatment || campaign.IncludeControl)
                {
                    output.WriteLine($"{OfferExport.Line(facts.CustomerId, rank + 1, offer.Offer)},{Csv(offer.Campaign)},{GroupName(offer.Group)}");
                    offerCount++;
                }
            }

            if (pending.Count >= RecordBatch)
            {
                campaign.Record(pending);
                pending = [];
            }
        }

        campaign.Record(pending);
        return new CampaignExportCounts(customerCount, offerCount, treated, held, limits.Metrics());
    }

    /// <summary>The group as files and the API write it: <c>treatment</c> or <c>control</c>.</summary>
    public static string GroupName(CampaignGroup group) => group == CampaignGroup.Control ? "control" : "treatment";

    private static string Csv(string text) => Data.CsvText.Quote(text);
}

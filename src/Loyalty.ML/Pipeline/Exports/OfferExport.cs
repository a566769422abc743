using System.Globalization;
using Loyalty.ML.Data;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Offers;

namespace Loyalty.ML.Pipeline.Exports;

/// <summary>Writes the offers of every customer (or one segment) of a bundle as CSV for campaign tools, streamed.</summary>
internal static class OfferExport
{
    /// <summary>The CSV header.</summary>
    public const string Header = "customer_id,rank,offer_type,items,discount_percent,bonus_value,bonus_multiplier,channel,valid_from,valid_until,reason";

    /// <summary>Exports offers made on <paramref name="today"/>; returns the number of customers and of offers written.</summary>
    public static (int Customers, int Offers) Write(TextWriter output, ModelBundle bundle, OfferEngine engine, OfferLedger ledger, DateOnly today, string? segment = null)
    {
        var customers = bundle.Customers ?? throw new InvalidDataException($"{bundle.Directory}: the bundle has no {CustomerFactsFile.FileName}; retrain to export offers.");
        output.WriteLine(Header);
        var (customerCount, offerCount) = (0, 0);
        foreach (var stored in customers.Values.OrderBy(fact => fact.CustomerId, StringComparer.Ordinal))
        {
            var facts = bundle.Models.WithScores(stored);
            if (segment is not null && !string.Equals(segment, facts.Segment, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var offers = engine.Propose(facts, ledger.StateOf(facts.CustomerId, today, engine.Rules.Limits), bundle.Recommender, today);
            customerCount++;
            for (var rank = 0; rank < offers.Count; rank++)
            {
                output.WriteLine(Line(facts.CustomerId, rank + 1, offers[rank]));
                offerCount++;
            }
        }

        return (customerCount, offerCount);
    }

    internal static string Line(string customerId, int rank, Offer offer) => string.Join(',',
        CsvText.Quote(customerId),
        rank.ToString(CultureInfo.InvariantCulture),
        offer.Type.Name,
        CsvText.Quote(string.Join(' ', offer.Items)),
        offer.DiscountPercent.ToString("0.##", CultureInfo.InvariantCulture),
        offer.BonusValue.ToString("0.##", CultureInfo.InvariantCulture),
        offer.BonusMultiplier.ToString("0.##", CultureInfo.InvariantCulture),
        CsvText.Quote(offer.Channel),
        offer.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        offer.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CsvText.Quote(offer.Reason));
}

namespace Loyalty.ML.Offers;

/// <summary>Counts, customer by customer, what the program's limits did (see <see cref="OfferLimitMetrics"/>).</summary>
internal sealed class OfferLimitTally(ProgramLimits limits)
{
    private readonly Dictionary<LimitRemovals, int> _removed = [];
    private int _granted;
    private int _refused;
    private int _unknown;
    private int _qualifying;
    private int _qualifiedButNone;

    /// <summary>Counts one customer's proposal.</summary>
    public void Add(CustomerFacts customer, OfferProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(proposal);
        switch (customer.Profile?.MarketingConsent)
        {
            case true: _granted++; break;
            case false: _refused++; break;
            default: _unknown++; break;
        }

        _qualifying += proposal.Qualified > 0 ? 1 : 0;
        _qualifiedButNone += proposal.Qualified > 0 && proposal.Offers.Count == 0 ? 1 : 0;
        foreach (var limit in Enum.GetValues<LimitRemovals>().Where(limit => limit != LimitRemovals.None && proposal.Removed.HasFlag(limit)))
        {
            _removed[limit] = _removed.GetValueOrDefault(limit) + 1;
        }
    }

    /// <summary>The counts, each multiplied by <paramref name="scale"/> (customers represented per customer counted) and rounded.</summary>
    public OfferLimitMetrics Metrics(double scale = 1)
    {
        double Scaled(int count) => Math.Round(count * scale);
        double Removed(LimitRemovals limit) => Scaled(_removed.GetValueOrDefault(limit));
        return new OfferLimitMetrics(
            Scaled(_granted), Scaled(_refused), Scaled(_unknown), limits.UnknownConsentAsGranted ? "granted" : "refused",
            Scaled(_qualifying), Removed(LimitRemovals.ConsentRefused), Removed(LimitRemovals.ConsentUnknown), Removed(LimitRemovals.MonthlyBonusCap),
            Removed(LimitRemovals.OffersPerPeriod), Removed(LimitRemovals.DiscountCapped), Scaled(_qualifiedButNone));
    }
}

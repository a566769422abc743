using Loyalty.ML.Offers;

namespace Loyalty.ML.Tests.Offers;

public sealed class OfferLedgerTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void StateOf_IssuedOffers_CountsPeriodAndCalendarMonthBonus()
    {
        var path = Write(
            "customer_id,offer_type,issued_on,bonus_value",
            "c1,birthday,2026-05-20,200",
            "c1,vip_privilege,2026-06-02,300",
            "c1,cross_sell,2026-06-10,0",
            "c1,win_back,2026-04-01,0");

        var state = OfferLedger.Load(path).StateOf("c1", new DateOnly(2026, 6, 15), new ProgramLimits());

        Assert.Equal(3, state.OffersInPeriod);
        Assert.Equal(300, state.BonusThisMonth);
        Assert.Equal(CustomerOfferState.None, OfferLedger.Load(path).StateOf("c2", new DateOnly(2026, 6, 15), new ProgramLimits()));
    }

    [Theory]
    [InlineData("customer,type\n", ":1:")]
    [InlineData("customer_id,offer_type,issued_on,bonus_value\nc1,birthday,15/06/2026,10\n", ":2:")]
    [InlineData("customer_id,offer_type,issued_on,bonus_value\nc1,birthday,2026-06-15,-5\n", ":2:")]
    public void Load_BadLine_ThrowsNamingFileAndLine(string content, string where)
    {
        var path = _folder.Combine("ledger.csv");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidDataException>(() => OfferLedger.Load(path));

        Assert.Contains(path + where, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(params string[] lines)
    {
        var path = _folder.Combine("ledger.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}

using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.SampleData.Campaigns;

namespace Loyalty.ML.SampleData.Tests.Campaigns;

public sealed class CampaignSimulatorTests
{
    private static readonly SampleDataOptions Small = new() { Customers = 800, Items = 60, Lines = 30_000 };

    [Fact]
    public void GenerateCampaignHistory_NoLift_LeavesEveryPurchaseAsWithoutTheCampaign()
    {
        var (plain, _) = SampleDataGenerator.GenerateHistory(Small);

        var (played, campaign) = SampleDataGenerator.GenerateCampaignHistory(Small with { Campaign = new SampleCampaign { Lift = 0 } });

        Assert.True(campaign.TreatmentCustomers > 0);
        Assert.Equal(plain.Purchases.Count, played.Purchases.Count);
        Assert.Equal(Enumerable.Range(0, plain.Purchases.Count).Select(line => plain.Purchases.Time[line]), Enumerable.Range(0, played.Purchases.Count).Select(line => played.Purchases.Time[line]));
    }

    [Fact]
    public void GenerateCampaignHistory_WithLift_AddsOrdersToTreatedCustomersOnlyWithinTheWindow()
    {
        var (plain, _) = SampleDataGenerator.GenerateHistory(Small);

        var (played, campaign) = SampleDataGenerator.GenerateCampaignHistory(Small with { Campaign = new SampleCampaign { Lift = 0.5 } });

        var changed = Orders(played).Where(pair => Orders(plain).GetValueOrDefault(pair.Key) != pair.Value).Select(pair => pair.Key).ToList();
        var groups = campaign.Assignments.ToDictionary(row => row.CustomerId, row => row.Group);
        Assert.Equal(campaign.AddedConversions, changed.Count);
        Assert.All(changed, customer => Assert.Equal(CampaignGroup.Treatment, groups[customer]));
        Assert.All(campaign.Assignments, row => Assert.Equal((row.OfferType.Name, campaign.Day), ("win_back", row.Day)));
    }

    private static Dictionary<string, int> Orders(Core.PurchaseHistory history)
    {
        var orders = new Dictionary<string, HashSet<int>>();
        for (var line = 0; line < history.Purchases.Count; line++)
        {
            var customer = history.Customers[history.Purchases.Customer[line]];
            if (!orders.TryGetValue(customer, out var set))
            {
                orders[customer] = set = [];
            }

            set.Add(history.Purchases.Order[line]);
        }

        return orders.ToDictionary(pair => pair.Key, pair => pair.Value.Count);
    }
}

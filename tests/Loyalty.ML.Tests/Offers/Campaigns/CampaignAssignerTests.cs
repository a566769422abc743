using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Tests.Training.Commands;

namespace Loyalty.ML.Tests.Offers.Campaigns;

public sealed class CampaignAssignerTests : IDisposable
{
    private const double PinnedBucket1 = 0.5276849531069121;
    private const double PinnedBucket2 = 0.23274173108586704;

    private readonly TempDirectory _folder = new();

    [Fact]
    public void GroupOf_AssignmentsMadeInAChildProcess_SameGroupsInThisProcess()
    {
        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "generate", "--out", "sample", "--customers", "1500", "--lines", "20000", "--campaign-lift", "0.1", "--campaign-control-share", "0.3");
        Assert.True(exitCode == 0, output);

        var rows = CampaignAssignmentFile.Read(_folder.Combine("sample", CampaignAssignmentFile.FileName));

        Assert.True(rows.Count > 100, $"only {rows.Count} customers qualified");
        Assert.Contains(rows, row => row.Group == CampaignGroup.Control);
        Assert.All(rows, row => Assert.Equal(CampaignAssigner.GroupOf(row.Campaign, row.CustomerId, 0.3), row.Group));
    }

    [Fact]
    public void Bucket_KnownCampaignAndCustomer_KeepsItsPinnedValue()
    {
        // Pinned: a change of hash, seed or key layout would move customers between groups of running campaigns.
        Assert.Equal(PinnedBucket1, CampaignAssigner.Bucket("spring-winback", "C000001"), 12);
        Assert.Equal(PinnedBucket2, CampaignAssigner.Bucket("win_back", "C000002"), 12);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    public void GroupOf_TwentyThousandCustomers_ControlShareWithinThreeStandardErrors(double share)
    {
        const int customers = 20_000;

        var control = Enumerable.Range(1, customers).Count(customer => CampaignAssigner.GroupOf("share-test", $"C{customer:D6}", share) == CampaignGroup.Control);

        var tolerance = 3 * Math.Sqrt(share * (1 - share) / customers);
        Assert.InRange((double)control / customers, share - tolerance, share + tolerance);
    }

    [Fact]
    public void GroupOf_ShareRaised_OnlyMovesTreatmentCustomersToControl()
    {
        var ids = Enumerable.Range(1, 5_000).Select(customer => $"C{customer:D6}").ToList();

        var movedBack = ids.Count(id => CampaignAssigner.GroupOf("raise", id, 0.1) == CampaignGroup.Control && CampaignAssigner.GroupOf("raise", id, 0.2) == CampaignGroup.Treatment);

        Assert.Equal(0, movedBack);
    }

    [Fact]
    public void GroupOf_TwoCampaigns_AssignIndependently()
    {
        var ids = Enumerable.Range(1, 20_000).Select(customer => $"C{customer:D6}").ToList();

        var inBothControls = ids.Count(id => CampaignAssigner.GroupOf("a", id, 0.5) == CampaignGroup.Control && CampaignAssigner.GroupOf("b", id, 0.5) == CampaignGroup.Control);

        Assert.InRange(inBothControls / 20_000.0, 0.25 - 0.011, 0.25 + 0.011);
    }

    public void Dispose() => _folder.Dispose();
}

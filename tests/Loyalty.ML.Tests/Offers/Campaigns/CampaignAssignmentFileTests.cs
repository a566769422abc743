using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Tests.Offers.Campaigns;

public sealed class CampaignAssignmentFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string FilePath => _folder.Combine(CampaignAssignmentFile.FileName);

    [Fact]
    public void Append_TwoBatches_ReadsBackEveryRowWithOneHeader()
    {
        CampaignAssignmentFile.Append(FilePath, [Row("a", CampaignGroup.Control)]);
        CampaignAssignmentFile.Append(FilePath, [Row("b", CampaignGroup.Treatment), Row("c,quoted", CampaignGroup.Treatment)]);

        var rows = CampaignAssignmentFile.Read(FilePath);

        Assert.Equal([Row("a", CampaignGroup.Control), Row("b", CampaignGroup.Treatment), Row("c,quoted", CampaignGroup.Treatment)], rows);
        Assert.Single(File.ReadAllLines(FilePath), line => line == CampaignAssignmentFile.Header);
    }

    [Fact]
    public void Read_LastLineCutByAKilledWriter_SkipsItAndTheNextAppendCutsItOff()
    {
        CampaignAssignmentFile.Append(FilePath, [Row("a", CampaignGroup.Control)]);
        File.AppendAllText(FilePath, "spring,b,treat");

        Assert.Equal([Row("a", CampaignGroup.Control)], CampaignAssignmentFile.Read(FilePath));
        CampaignAssignmentFile.Append(FilePath, [Row("c", CampaignGroup.Treatment)]);
        Assert.Equal([Row("a", CampaignGroup.Control), Row("c", CampaignGroup.Treatment)], CampaignAssignmentFile.Read(FilePath));
    }

    [Fact]
    public void Append_EightWritersAtOnce_NoRowIsLostOrInterleaved()
    {
        Parallel.For(0, 8, writer =>
        {
            for (var batch = 0; batch < 20; batch++)
            {
                CampaignAssignmentFile.Append(FilePath, [.. Enumerable.Range(0, 50).Select(row => Row($"w{writer}-{batch}-{row}", CampaignGroup.Treatment))]);
            }
        });

        var rows = CampaignAssignmentFile.Read(FilePath);

        Assert.Equal(8 * 20 * 50, rows.Select(row => row.CustomerId).Distinct().Count());
    }

    public void Dispose() => _folder.Dispose();

    private static CampaignAssignment Row(string customer, CampaignGroup group) =>
        new("spring", customer, group, WinBackRule.OfferType, 1, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15), 12.5, 0);
}

using Loyalty.ML.SampleData.Output;
using Loyalty.ML.SampleData.Simulation;
using Loyalty.ML.Tests;

namespace Loyalty.ML.SampleData.Tests.Output;

public sealed class CsvSampleSinkTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SampleIds _ids = new(10, 10);

    [Fact]
    public void Dispose_WithoutCommit_LeavesNoFilesAndKeepsEarlierOnes()
    {
        File.WriteAllText(_folder.Combine(SampleFiles.Transactions), "earlier");
        using (var sink = new CsvSampleSink(_folder.Path, _ids))
        {
            sink.AddItem("I00001", "Tea", "Tea", 199);
            sink.AddLine(new SampleLine(0, 1, 1, new DateTime(2025, 1, 1), 1, 199, SampleChannel.Online, -1));
        }

        Assert.Equal([SampleFiles.Transactions], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
        Assert.Equal("earlier", File.ReadAllText(_folder.Combine(SampleFiles.Transactions)));
    }

    [Fact]
    public void Commit_AfterLines_WritesAllFilesUnderTheirNames()
    {
        using (var sink = new CsvSampleSink(_folder.Path, _ids))
        {
            sink.AddItem("I00001", "Tea", "Tea", 199);
            sink.AddLine(new SampleLine(0, 1, 5, new DateTime(2025, 1, 1, 9, 30, 0), 2, 199, SampleChannel.Store, 3));
            sink.AddLine(new SampleLine(0, 1, 5, new DateTime(2025, 1, 4, 9, 30, 0), -1, 199, SampleChannel.Store, 3));
            sink.Commit();
        }

        Assert.Equal(
            [SampleFiles.Customers, SampleFiles.GroundTruth, SampleFiles.Items, SampleFiles.Transactions],
            Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            [SampleFiles.TransactionsHeader, "C000001,I00001,O5,2025-01-01T09:30:00,2,1.99,store,S03", "C000001,I00001,R5,2025-01-04T09:30:00,-1,1.99,store,S03"],
            File.ReadAllLines(_folder.Combine(SampleFiles.Transactions)));
    }

    public void Dispose() => _folder.Dispose();
}

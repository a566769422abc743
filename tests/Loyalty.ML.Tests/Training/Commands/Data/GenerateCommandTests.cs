using Loyalty.ML.SampleData;
using Loyalty.ML.Training.Commands;
using Loyalty.ML.Training.Commands.Data;

namespace Loyalty.ML.Tests.Training.Commands.Data;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Invoke_SizeFlags_WritesThatManyCustomersAndItems()
    {
        var exit = GenerateCommand.Create()
            .Parse(["--out", _folder.Path, "--customers", "120", "--items", "40", "--lines", "2000", "--seed", "9", "--end", "2024-02-29"])
            .Invoke();

        Assert.Equal(0, exit);
        Assert.Equal(121, File.ReadAllLines(_folder.Combine(SampleFiles.Customers)).Length);
        Assert.Equal(41, File.ReadAllLines(_folder.Combine(SampleFiles.Items)).Length);
        var timestamps = File.ReadAllLines(_folder.Combine(SampleFiles.Transactions)).Skip(1).Select(line => line.Split(',')[3]).ToList();
        Assert.InRange(timestamps.Count, 1_800, 2_300);
        Assert.InRange(timestamps.Max(StringComparer.Ordinal)![..10], "2024-02-01", "2024-02-29");
    }

    public void Dispose() => _folder.Dispose();
}

using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Tests.Segmentation;

public sealed class SegmentsFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Read_WrittenFile_GivesBackEverySegmentIncludingQuotedIds()
    {
        var path = _folder.Combine(SegmentsFile.FileName);
        CustomerRfm[] rows =
        [
            new("12346", 325, 1, 77183.6, 1, 1, 5, RfmSegments.Lost),
            new("ACME, \"Ltd\"", 2, 7, 4310.25, 5, 5, 5, RfmSegments.Champions),
        ];

        SegmentsFile.Write(path, rows);
        var read = SegmentsFile.Read(path);

        Assert.Equal(rows.Select(row => row.ToSegment()), read.Values.OrderBy(segment => segment.CustomerId, StringComparer.Ordinal));
        Assert.Equal(RfmSegments.Champions, read["ACME, \"Ltd\""].Segment);
        Assert.Equal(
            [SegmentsFile.Header, "12346,325,1,77183.6,1,1,5,lost", "\"ACME, \"\"Ltd\"\"\",2,7,4310.25,5,5,5,champions"],
            File.ReadAllLines(path));
    }

    [Fact]
    public void Read_ScoreOutOfRange_ThrowsNamingFileAndLine()
    {
        var path = _folder.Combine(SegmentsFile.FileName);
        File.WriteAllLines(path, [SegmentsFile.Header, "A,1,1,10,5,5,5,champions", "B,1,1,10,6,5,5,champions"]);

        var error = Assert.Throws<InvalidDataException>(() => SegmentsFile.Read(path));

        Assert.Contains($"{path} line 3", error.Message);
    }

    [Fact]
    public void Read_WrongHeader_ThrowsNamingLineOne()
    {
        var path = _folder.Combine(SegmentsFile.FileName);
        File.WriteAllLines(path, ["id,segment", "A,champions"]);

        var error = Assert.Throws<InvalidDataException>(() => SegmentsFile.Read(path));

        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void LoadIfPresent_NoFile_ReturnsNull()
    {
        Assert.Null(SegmentsFile.LoadIfPresent(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();
}

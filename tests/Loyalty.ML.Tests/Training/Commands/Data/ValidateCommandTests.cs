using System.Text.Json.Nodes;

namespace Loyalty.ML.Tests.Training.Commands.Data;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Header = "customer_id,item_id,order_id,timestamp,quantity,unit_price";
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Validate_GoodData_WritesTheValidationReportAndTrainsNothing()
    {
        var data = _folder.Write("sales.csv", $"{Header}\nC1,I1,O1,2025-02-01T10:00:00,1,2.5\n,I1,O2,2025-02-02T10:00:00,1,2.5\nC2,I1,O3,2025-02-0x,1,2.5\n");

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "validate", "--data", data, "--max-malformed", "0.5");

        Assert.True(exitCode == 0, output);
        var report = JsonNode.Parse(File.ReadAllText(_folder.Combine("data_report.json")))!;
        Assert.Equal((3, 1, 1, 1), ((long)report["rows_read"]!, (long)report["rows_accepted"]!, (long)report["rows_excluded"]!, (long)report["rows_malformed"]!));
        Assert.Contains("nothing trained or published", output, StringComparison.Ordinal);
        Assert.Contains("bad_date: ", output, StringComparison.Ordinal);
        Assert.Contains("gate late_last_day: passed", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("models")));
    }

    [Fact]
    public void Validate_FailingGate_Exits2NamingItAndStillWritesTheReport()
    {
        var rows = Enumerable.Range(1, 200).Select(day => $"C{day},I1,O{day},{new DateOnly(2025, 1, 1).AddDays(day):yyyy-MM-dd},1,2");
        var data = _folder.Write("sales.csv", string.Join('\n', [Header, .. rows, "C9,I1,O999,2025-12-30,1,2"]) + "\n");

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "validate", "--data", data, "--out", "check.json");

        Assert.Equal(2, exitCode);
        Assert.Contains("error: sanity gate failed: late_last_day", output, StringComparison.Ordinal);
        var gates = JsonNode.Parse(File.ReadAllText(_folder.Combine("check.json")))!["gates"]!.AsArray();
        Assert.Contains(gates, gate => (string)gate!["name"]! == "late_last_day" && !(bool)gate["passed"]!);
    }

    [Fact]
    public void Validate_SemicolonCsv_Exits2WithTheDelimiterHint()
    {
        var data = _folder.Write("sales.csv", $"{Header.Replace(',', ';')}\nC1;I1;O1;2025-02-01;1;2,5\n");

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "validate", "--data", data);

        Assert.Equal(2, exitCode);
        Assert.Contains("set \"delimiter\": \";\"", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

using System.Globalization;
using System.Text;
using Loyalty.ML.Data;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Data.Gates;

public sealed class DataGatesTests : IDisposable
{
    private const string Header = "customer_id,item_id,order_id,timestamp,quantity,unit_price";
    private static readonly DateTime Start = new(2023, 1, 1, 9, 0, 0);
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_OneRowMonthsAfterAYearOfHistory_FailsLateLastDayNamingDateRowsAndGap()
    {
        var path = _folder.Write("t.csv", YearOfRows("yyyy-MM-dd HH:mm:ss", (_, _) => false) + "c1,i1,late,2024-06-30 10:00:00,1,2\n");

        var error = Assert.Throws<SanityGateException>(() => PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default));

        var gate = Assert.Single(error.Blocking);
        Assert.Equal("late_last_day", gate.Name);
        Assert.Contains("2024-06-30", gate.Detail);
        Assert.Contains("1 row", gate.Detail);
        Assert.Contains("days", gate.Detail);
        Assert.Contains("--allow late_last_day", error.Message);
    }

    [Fact]
    public void Load_LateLastDayAllowed_LoadsAndReportsTheGateAsAllowed()
    {
        var path = _folder.Write("t.csv", YearOfRows("yyyy-MM-dd HH:mm:ss", (_, _) => false) + "c1,i1,late,2024-06-30 10:00:00,1,2\n");
        var options = new LoadOptions { AllowedGates = new HashSet<string> { "late_last_day" } };

        var result = PurchaseHistoryLoader.Load(new DataSources(path), options);

        var gate = Assert.Single(result.Report.Gates, g => g.Name == "late_last_day");
        Assert.False(gate.Passed);
        Assert.True(gate.Allowed);
    }

    [Fact]
    public void Load_YearOfHistoryInTimeOrder_PassesEveryDataGate()
    {
        var path = _folder.Write("t.csv", YearOfRows("yyyy-MM-dd HH:mm:ss", (_, _) => false));

        var result = PurchaseHistoryLoader.Load(new DataSources(path), LoadOptions.Default);

        Assert.Contains(result.Report.Gates, g => g.Name == "late_last_day");
        Assert.Contains(result.Report.Gates, g => g.Name == "ambiguous_dates");
        Assert.All(result.Report.Gates, g => Assert.True(g.Passed, g.Detail));
    }

    [Fact]
    public void Load_SomeDayFirstRowsUnderAMonthFirstMapping_FailsAmbiguousDates()
    {
        var mapping = _folder.Write("m.json", """{ "transactions": { "format": { "date_formats": ["M/d/yyyy H:mm"] } } }""");
        var path = _folder.Write("t.csv", YearOfRows("M/d/yyyy H:mm", (row, time) => row % 20 == 7 && time.Day <= 12));

        var error = Assert.Throws<SanityGateException>(() => PurchaseHistoryLoader.Load(new DataSources(path, Mapping: mapping), LoadOptions.Default));

        var gate = Assert.Single(error.Blocking);
        Assert.Equal("ambiguous_dates", gate.Name);
        Assert.Contains("d/M/yyyy H:mm", gate.Detail);
    }

    [Fact]
    public void Load_DayFirstExportUnderAMonthFirstMapping_FailsAmbiguousDates()
    {
        var mapping = _folder.Write("m.json", """{ "transactions": { "format": { "date_formats": ["M/d/yyyy H:mm"] } } }""");
        var path = _folder.Write("t.csv", YearOfRows("M/d/yyyy H:mm", (_, _) => true, shuffle: true));

        var error = Assert.Throws<SanityGateException>(() =>
            PurchaseHistoryLoader.Load(new DataSources(path, Mapping: mapping), new LoadOptions { MaxMalformedFraction = 1 }));

        Assert.Contains(error.Blocking, g => g.Name == "ambiguous_dates");
    }

    [Fact]
    public void Load_NineDaysWrittenDayFirstUnderAMonthFirstMapping_FailsAmbiguousDates()
    {
        var mapping = _folder.Write("m.json", """{ "transactions": { "format": { "date_formats": ["M/d/yyyy H:mm"] } } }""");
        var rows = Enumerable.Range(0, 9 * 20).Select(row =>
            $"c{row % 40},i{row % 17},o{row},{new DateTime(2010, 12, 1, 8, 0, 0).AddDays(row / 20).AddMinutes(row % 20).ToString("d/M/yyyy H:mm", CultureInfo.InvariantCulture)},1,2\n");
        var path = _folder.Write("t.csv", new StringBuilder(Header).Append('\n').AppendJoin(string.Empty, rows).ToString());

        var error = Assert.Throws<SanityGateException>(() => PurchaseHistoryLoader.Load(new DataSources(path, Mapping: mapping), LoadOptions.Default));

        var gate = Assert.Single(error.Blocking);
        Assert.Equal("ambiguous_dates", gate.Name);
        Assert.Contains("8 of its 8 jumps between days", gate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MonthFirstExportInNoOrder_PassesAmbiguousDates()
    {
        var mapping = _folder.Write("m.json", """{ "transactions": { "format": { "date_formats": ["M/d/yyyy H:mm"] } } }""");
        var path = _folder.Write("t.csv", YearOfRows("M/d/yyyy H:mm", (_, _) => false, shuffle: true));

        var result = PurchaseHistoryLoader.Load(new DataSources(path, Mapping: mapping), LoadOptions.Default);

        Assert.True(result.Report.Gates.Single(g => g.Name == "ambiguous_dates").Passed);
    }

    [Fact]
    public void Load_GeneratedSample_PassesEveryDataGate()
    {
        SampleDataGenerator.Generate(new SampleDataOptions { Customers = 400, Items = 80, Lines = 8_000 }, _folder.Path);

        var result = PurchaseHistoryLoader.Load(DataSources.FromFolder(_folder.Path), LoadOptions.Default);

        Assert.NotEmpty(result.Report.Gates);
        Assert.All(result.Report.Gates, g => Assert.True(g.Passed, g.Detail));
    }

    /// <summary>Three rows a day for a year of 2023; rows picked by <paramref name="dayFirst"/> are written day-first.</summary>
    private static string YearOfRows(string format, Func<int, DateTime, bool> dayFirst, bool shuffle = false)
    {
        var rows = new List<string>();
        for (var row = 0; row < 3 * 365; row++)
        {
            var time = Start.AddDays(row / 3).AddHours(row % 3);
            var text = dayFirst(row, time) ? time.ToString(format.Replace('M', '#').Replace('d', 'M').Replace('#', 'd'), CultureInfo.InvariantCulture) : time.ToString(format, CultureInfo.InvariantCulture);
            rows.Add($"c{row % 40},i{row % 17},o{row},{text},1,2\n");
        }

        var ordered = shuffle ? rows.Select((r, i) => (r, Key: i * 7919L % rows.Count)).OrderBy(p => p.Key).Select(p => p.r).ToList() : rows;
        return new StringBuilder(Header).Append('\n').AppendJoin(string.Empty, ordered).ToString();
    }
}

using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Offers.Campaigns.Measurement;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Pipeline.Reporting;
using Loyalty.ML.Recommendations.Online;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Reports.Tests;

[Collection(SampleRunsCollection.Name)]
public sealed partial class ReportWriterTests(SampleRuns runs)
{
    private const string NoServedLists = "no served lists were recorded before this run (the API's exposure log, read from the event store with train --events, is empty or absent)";

    private static readonly string[] Sections = ["data", "recommender", "online", "examples", "churn", "value", "segments", "kpis", "offers", "campaigns", "comparison"];

    [Fact]
    public void Write_SampleRun_HasEverySectionAndOnlyNonEmptyPlots()
    {
        var html = File.ReadAllText(Path.Combine(runs.Sample.Directory, ReportWriter.FileName));

        Assert.All(Sections, id => Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal));
        var plots = PlotsOf(html);
        Assert.True(plots.Count >= 18, $"{plots.Count} plots");
        Assert.All(plots, svg => Assert.Contains("<path", svg, StringComparison.Ordinal));
        Assert.All(["churn-roc", "churn-reliability", "churn-gain", "churn-probabilities", "churn-holdout", "churn-p-alive", "segments-rf-customers", "recommender-figures", "recommender-split", "kpi-revenue", "data-lines-per-month", "offers-cost"], id => Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Equal([NoServedLists, "no campaign with a control group was measured in this run", "there is no previous version"], NotApplicable(html));
        Assert.DoesNotContain("Served: ", html, StringComparison.Ordinal);
        Assert.Contains("id=\"recommender-candidates\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"also-bought-candidates\"", html, StringComparison.Ordinal);
        Assert.Contains(" (served)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RunWithoutItems_MarksTheRecommenderNotApplicableAndDrawsTheRest()
    {
        var html = File.ReadAllText(Path.Combine(runs.WithoutItems.Directory, ReportWriter.FileName));

        Assert.All(Sections, id => Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Contains("the recommender was not trained (the data has no item column, or the step was skipped)", NotApplicable(html));
        Assert.All(PlotsOf(html), svg => Assert.Contains("<path", svg, StringComparison.Ordinal));
        Assert.Contains("id=\"churn-roc\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"recommender-figures\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StoredVersion_ComparesWithTheVersionBefore()
    {
        var registry = new ModelRegistry(Path.Combine(runs.Root, "models"));
        var version = runs.Sample.Manifest.Version;

        var record = StoredRun.Read(registry, version);
        var html = ReportWriter.Render(record);

        Assert.Equal(version, record.Version);
        Assert.NotNull(record.Figures.Churn?.Curves);
        Assert.Contains($"Training report {version}", html, StringComparison.Ordinal);
        Assert.Contains("there is no previous version", NotApplicable(html));
        Assert.Contains("id=\"churn-roc\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(record.Typed.Recommendations?.Candidates ?? []);
        Assert.Equal(runs.Sample.Manifest.Version, version);
        Assert.NotEmpty(record.Typed.AlsoBought?.Candidates ?? []);
        Assert.Contains("id=\"recommender-figures\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"recommender-candidates\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"also-bought-candidates\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScriptInNamesAndReasons_EscapesThem()
    {
        const string Attack = "<script>alert(1)</script>";
        var typed = new RunMetrics { Segments = new SegmentMetrics(1, new Dictionary<string, int> { [Attack] = 1 }) };
        var figures = new RunFigures { Churn = new ChurnFigures(null, [], [new ReasonCount(Attack, 3)]) };
        var record = new RunRecord(Attack, DateTimeOffset.UnixEpoch, new JsonObject(), typed, null, figures, [Attack], Attack, [new MetricDelta(Attack, 1, 2, null)]);

        var html = ReportWriter.Render(record);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RunWithCampaigns_ShowsEachDifferenceWithItsInterval()
    {
        var conversion = new Difference(0.12, 0.08, 0.04, new MetricInterval(0.01, 0.07), true);
        var revenue = new Difference(30, 25, 5, new MetricInterval(-1.5, 11.5), false);
        var overall = new EffectFigures(900, 100, new ConversionFigures(conversion, null, null, null), revenue, 30, 4500, new MetricInterval(-1350, 10350), 1000, 350, new MetricInterval(-235, 935), null);
        var campaign = new CampaignReport("spring <win-back>", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), 40, 0.1, new Dictionary<string, EffectFigures>(), overall, "offer value", "conversion up 4.0 points");
        var typed = new RunMetrics { Campaigns = new Dictionary<string, CampaignReport> { [campaign.Campaign] = campaign } };
        var record = new RunRecord("v1", DateTimeOffset.UnixEpoch, new JsonObject(), typed, null, new RunFigures(), [], null, []);

        var html = System.Net.WebUtility.HtmlDecode(ReportWriter.Render(record));

        Assert.Contains("id=\"campaigns-table\"", html, StringComparison.Ordinal);
        Assert.Contains("spring <win-back>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<win-back>", ReportWriter.Render(record), StringComparison.Ordinal);
        Assert.Contains("0.0400 (0.010–0.070)", html, StringComparison.Ordinal);
        Assert.Contains("5.0000 (-1.500–11.500)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no campaign with a control group", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RunWithOnlineFigures_ShowsEachVersionBesideTheOfflineFigureItWasChosenOnAndTheVerdicts()
    {
        var figures = new ListFigures(800, 3200, 40, 352, Estimate.Of(0.11, 0.006), Estimate.Of(0.014, 0.001), 4_777.55, Estimate.Of(5.9, 0.7));
        var evaluation = new OnlineEvaluation(new DateTimeOffset(2026, 1, 7, 23, 41, 0, TimeSpan.Zero), 7, 10, [new OnlineGroup("v2 <b>", "personal", figures)], new Dictionary<string, ListFigures>());
        var experiment = new Experiment("trial", "v2 <b>", 0.5, DateTimeOffset.UnixEpoch, "v1");
        var verdict = new ExperimentReport(experiment, figures, figures, ["v1"], null, OnlineVerdict.Worse, "trial: the challenger is worse");
        var online = new OnlineReport(evaluation, new Dictionary<string, OfflineFigure> { ["v2 <b>"] = new("popularity", 0.3806, 10) }, [verdict]);
        var record = new RunRecord("v3", DateTimeOffset.UnixEpoch, new JsonObject(), new RunMetrics { Online = online }, null, new RunFigures(), [], null, []);

        var html = System.Net.WebUtility.HtmlDecode(ReportWriter.Render(record));

        Assert.Contains("id=\"online-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", ReportWriter.Render(record), StringComparison.Ordinal);
        Assert.Contains("0.1100 (0.0982–0.1218)", html, StringComparison.Ordinal);
        Assert.Contains("0.3806@10 (popularity)", html, StringComparison.Ordinal);
        Assert.Contains("-0.2706", html, StringComparison.Ordinal);
        Assert.Contains("trial: the challenger is worse", html, StringComparison.Ordinal);
        Assert.DoesNotContain(NoServedLists, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SampleRun_OpensWithTheVersionTheDataRangeAndTheKpiTiles()
    {
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(runs.Sample.Directory, ReportWriter.FileName)));
        var kpis = runs.Sample.Typed.Kpis!;

        Assert.Contains($"<h1>Training report {runs.Sample.Manifest.Version}</h1>", html, StringComparison.Ordinal);
        Assert.Matches(@"data \d{4}-\d{2}-\d{2} – 2025-12-31 \(\d+ days\)", html);
        var tiles = Tiles().Matches(html).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        Assert.Equal(9, tiles.Count);
        Assert.Equal(kpis.Customers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), tiles["customers"]);
        Assert.Equal(AtRiskTotals.Of(SampleFigures().Value!).Customers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), tiles["at_risk_customers"]);
    }

    [Fact]
    public void Write_SampleRun_RfmHeatMapsAreTwentyFiveCellsWithTheirCountsOnScoresOneToFive()
    {
        var html = File.ReadAllText(Path.Combine(runs.Sample.Directory, ReportWriter.FileName));
        var grid = StoredRun.Read(runs.Registry, runs.Sample.Manifest.Version).Figures.RfmGrid!;

        var texts = SvgTexts().Matches(PlotById(html, "segments-rf-customers")).Select(match => match.Groups[1].Value.Trim()).ToList();

        // Every text but the two axis titles: one count per cell, and the scores 1 to 5 once on each axis.
        var numbers = texts.Where(text => text.Length > 0 && char.IsDigit(text[0])).Order(StringComparer.Ordinal).ToList();
        string[] ticks = ["1", "2", "3", "4", "5", "1", "2", "3", "4", "5"];
        var expected = grid.Select(cell => cell.Customers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Concat(ticks).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(25, grid.Count);
        Assert.Equal(expected, numbers);
    }

    [Fact]
    public void Write_SampleRun_ShowsExampleListsWithItemNamesAndTheAtRiskCustomersByRevenueAtStake()
    {
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(runs.Sample.Directory, ReportWriter.FileName)));
        var figures = SampleFigures();

        var examples = figures.Examples!;
        Assert.Equal(3, examples.Count(example => example.Kind == ExampleList.Personal));
        Assert.Equal(3, examples.Count(example => example.Kind == ExampleList.AlsoBought));
        Assert.All(examples.SelectMany(example => example.Items.Concat(example.Context)), item => Assert.False(string.IsNullOrEmpty(item.Name), item.ItemId));
        Assert.All(examples.SelectMany(example => example.Items), item => Assert.Contains($"{item.Name} ({item.ItemId})", html, StringComparison.Ordinal));
        var stakes = figures.Value!.TopAtRisk.Select(customer => customer.RevenueAtStake).ToList();
        Assert.NotEmpty(stakes);
        Assert.Equal(stakes.OrderDescending(), stakes);
        Assert.All(figures.Value.TopAtRisk, customer => Assert.Contains($"<td>{customer.CustomerId}</td>", html, StringComparison.Ordinal));
        Assert.Contains("id=\"value-clv\"", html, StringComparison.Ordinal);
        Assert.Equal(figures.Value.Clv.Sum(bin => bin.Customers), runs.Sample.Typed.Churn!.Published.ScoredCustomers);
    }

    [Fact]
    public void Render_UkDataEndingOnTheNinth_WritesUkDatesAndPoundsAndLeavesThePartialMonthOut()
    {
        var stored = StoredRun.Read(runs.Registry, runs.Sample.Manifest.Version);
        var history = stored.DataReport!.History!;
        var report = stored.DataReport with
        {
            Display = new Data.Mapping.DisplayFormat { Culture = "en-GB", Currency = "GBP" },
            History = history with { LastTime = new DateTime(2025, 12, 9, 18, 0, 0) },
        };

        var html = System.Net.WebUtility.HtmlDecode(ReportWriter.Render(stored with { DataReport = report }));

        Assert.Contains("– 09/12/2025 (", html, StringComparison.Ordinal);
        Assert.Matches("<div class=\"tile-value\">£[0-9,]+</div>\\s*<div class=\"tile-label\">revenue</div>", html);
        Assert.Matches(@"Dec 2025 \(9 of its 31 days\) (is|are) only partly in the data: left out of these plots", html);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EarlierVersionsOnOtherData_ComparesOnlyWithTheOneOnTheSameData()
    {
        var registry = new ModelRegistry(Path.Combine(runs.Root, "sources"));
        var (history, _) = SampleData.SampleDataGenerator.GenerateHistory(new SampleData.SampleDataOptions { Customers = 120, Items = 30, Lines = 2_400 });
        var first = SampleRuns.Train(history, registry, "a.csv");
        var other = SampleRuns.Train(history, registry, "b.csv");
        var third = SampleRuns.Train(history, registry, "a.csv");

        var onOther = StoredRun.Read(registry, other.Manifest.Version);
        var onFirst = StoredRun.Read(registry, third.Manifest.Version);

        Assert.Null(onOther.PreviousVersion);
        Assert.StartsWith("different data, not compared", onOther.NotCompared, StringComparison.Ordinal);
        Assert.Contains(NotApplicable(ReportWriter.Render(onOther)), reason => reason.StartsWith("different data, not compared", StringComparison.Ordinal));
        Assert.Equal(first.Manifest.Version, onFirst.PreviousVersion);
        Assert.Null(onFirst.NotCompared);
        Assert.NotEmpty(onFirst.Comparison);
        Assert.Contains($"{first.Manifest.Version} → {third.Manifest.Version}, both trained on a.csv", System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(third.Directory, ReportWriter.FileName))), StringComparison.Ordinal);
    }

    private RunFigures SampleFigures() => StoredRun.Read(runs.Registry, runs.Sample.Manifest.Version).Figures;

    private static string PlotById(string html, string id) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Match(System.Net.WebUtility.HtmlDecode(html), $"<img id=\"{id}\" data-plot src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"").Groups[1].Value));

    private static List<string> PlotsOf(string html) =>
        [.. DataUris().Matches(System.Net.WebUtility.HtmlDecode(html)).Select(match => Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value)))];

    private static List<string> NotApplicable(string html) =>
        [.. NotApplicableText().Matches(html).Select(match => System.Net.WebUtility.HtmlDecode(match.Groups[1].Value))];

    [GeneratedRegex("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex DataUris();

    [GeneratedRegex("class=\"not-applicable\">Not applicable: ([^<]*)</p>")]
    private static partial Regex NotApplicableText();

    [GeneratedRegex("data-tile=\"([a-z_]+)\">\\s*<div class=\"tile-value\">([^<]*)</div>")]
    private static partial Regex Tiles();

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgTexts();
}

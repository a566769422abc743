using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Offers.Campaigns.Measurement;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Reporting;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Reports.Tests;

[Collection(SampleRunsCollection.Name)]
public sealed partial class ReportWriterTests(SampleRuns runs)
{
    private static readonly string[] Sections = ["data", "recommender", "churn", "segments", "kpis", "offers", "campaigns", "comparison"];

    [Fact]
    public void Write_SampleRun_HasEverySectionAndOnlyNonEmptyPlots()
    {
        var html = File.ReadAllText(Path.Combine(runs.Sample.Directory, ReportWriter.FileName));

        Assert.All(Sections, id => Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal));
        var plots = PlotsOf(html);
        Assert.True(plots.Count >= 18, $"{plots.Count} plots");
        Assert.All(plots, svg => Assert.Contains("<path", svg, StringComparison.Ordinal));
        Assert.All(["churn-roc", "churn-reliability", "churn-gain", "churn-probabilities", "churn-holdout", "churn-p-alive", "segments-rf-customers", "recommender-figures", "recommender-split", "kpi-revenue", "data-lines-per-month", "offers-cost"], id => Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Equal(["no campaign with a control group was measured in this run", "there is no previous version"], NotApplicable(html));
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

    private static List<string> PlotsOf(string html) =>
        [.. DataUris().Matches(System.Net.WebUtility.HtmlDecode(html)).Select(match => Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value)))];

    private static List<string> NotApplicable(string html) =>
        [.. NotApplicableText().Matches(html).Select(match => System.Net.WebUtility.HtmlDecode(match.Groups[1].Value))];

    [GeneratedRegex("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex DataUris();

    [GeneratedRegex("class=\"not-applicable\">Not applicable: ([^<]*)</p>")]
    private static partial Regex NotApplicableText();
}

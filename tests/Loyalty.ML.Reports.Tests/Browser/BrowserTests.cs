using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Reports.Tests.Browser;

/// <summary>The report file and the dashboard of a started API in a real headless Chromium: no console errors, every plot drawn with a size; screenshots saved.</summary>
[Collection(SampleRunsCollection.Name)]
public sealed class BrowserTests(SampleRuns runs)
{
    private const string ViewerKey = "dashboard-test-key-0123456789abcdef";

    // Waits for every plot image to decode, then reports each one's drawn size.
    private const string PlotSizes = """
        (async doc => {
          const images = [...doc.querySelectorAll('img[data-plot]')];
          await Promise.all(images.map(image => image.decode()));
          return images.map(image => ({ id: image.id, width: image.getBoundingClientRect().width, height: image.getBoundingClientRect().height, natural: image.naturalWidth }));
        })
        """;

    private static string Screenshots
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("LOYALTY_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    [Fact]
    public async Task ReportFile_InChromium_HasNoConsoleErrorsAndEveryPlotHasASize()
    {
        await using var browser = await HeadlessChromium.StartAsync(RequireChromium());

        await browser.NavigateAsync(new Uri(Path.Combine(runs.Sample.Directory, ReportWriter.FileName)).AbsoluteUri);
        var plots = (await browser.EvaluateAsync($"({PlotSizes})(document)"))!.AsArray();
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "report.png"));

        AssertDrawn(plots, atLeast: 18);
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    [Fact]
    public async Task Dashboard_KeyEnteredInTheForm_ShowsLiveFiguresAndTheReportWithoutErrors()
    {
        await using var api = new DashboardHost(runs.Registry.Root);
        var address = api.Start();
        await using var browser = await HeadlessChromium.StartAsync(RequireChromium());

        await browser.NavigateAsync($"{address}/dashboard");
        await browser.EvaluateAsync($"document.getElementById('key').value = '{ViewerKey}'; document.getElementById('key-form').requestSubmit(); true");
        var plots = (await browser.EvaluateAsync($$"""
            (async () => {
              const frame = document.getElementById('report');
              for (let tries = 0; tries < 200 && !(frame.contentDocument && frame.contentDocument.querySelectorAll('img[data-plot]').length > 0 && frame.contentDocument.readyState === 'complete'); tries++) {
                await new Promise(resolve => setTimeout(resolve, 100));
              }
              return ({{PlotSizes}})(frame.contentDocument);
            })()
            """))!.AsArray();
        var page = (await browser.EvaluateAsync("({ url: location.href, live: document.getElementById('live-figures').textContent, atRisk: document.querySelectorAll('#at-risk tbody tr').length, cells: document.querySelectorAll('#at-risk tbody tr:first-child td').length, tiles: document.querySelectorAll('#tiles .tile').length, position: document.getElementById('at-risk-position').textContent })"))!;
        var download = (await browser.EvaluateAsync($"fetch('/dashboard/at-risk.csv', {{ headers: {{ 'X-Api-Key': '{ViewerKey}' }} }}).then(response => response.text()).then(text => text.split(String.fromCharCode(10))[0])"))!;
        await browser.EvaluateAsync("document.getElementById('at-risk-next').click(); true");
        await browser.EvaluateAsync("new Promise(resolve => setTimeout(resolve, 500)).then(() => true)");
        var next = (string)(await browser.EvaluateAsync("document.getElementById('at-risk-position').textContent"))!;
        await browser.ScreenshotAsync(Path.Combine(Screenshots, "dashboard.png"));

        AssertDrawn(plots, atLeast: 18);
        Assert.Equal(9, (int)page["tiles"]!);
        Assert.Equal(7, (int)page["cells"]!);
        Assert.StartsWith("page 1 of ", (string)page["position"]!, StringComparison.Ordinal);
        Assert.StartsWith("page 2 of ", next, StringComparison.Ordinal);
        Assert.Equal("customer_id,probability,band,clv,revenue_at_stake,segment,reasons", (string)download!);
        Assert.Contains(runs.Sample.Manifest.Version, (string)page["live"]!, StringComparison.Ordinal);
        Assert.Matches(@"events since training\d+ purchases, \d+ offer events after \d{4}-\d{2}-\d{2}", (string)page["live"]!);
        Assert.True((int)page["atRisk"]! > 0);
        Assert.DoesNotContain(ViewerKey, (string)page["url"]!, StringComparison.Ordinal);
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }

    private static void AssertDrawn(JsonArray plots, int atLeast)
    {
        Assert.True(plots.Count >= atLeast, $"{plots.Count} plots");
        Assert.All(plots, plot => Assert.True((double)plot!["width"]! > 0 && (double)plot["height"]! > 0 && (int)plot["natural"]! > 0, plot!.ToJsonString()));
    }

    private static string RequireChromium() =>
        HeadlessChromium.Executable() ?? throw new InvalidOperationException("Chromium is not installed: ./test.sh installs it (apt-get install chromium).");

    /// <summary>The API on Kestrel at a free local port, serving <paramref name="registry"/>, with one key that has only <c>reports:read</c>.</summary>
    private sealed class DashboardHost(string registry) : WebApplicationFactory<Program>
    {
        public string Start()
        {
            UseKestrel();
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.UseSetting("Models:RegistryPath", registry);
            builder.UseSetting("ApiKeys:Keys:viewer:Key", ViewerKey);
            builder.UseSetting("ApiKeys:Keys:viewer:Scopes:0", "reports:read");
        }
    }
}

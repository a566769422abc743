using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Reports.Tests.Browser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Security;

/// <summary>
/// The README's ten-line tile page, served from another origin than the API's, in a real headless Chromium: with a
/// public key bound to its origin it draws the customer's tiles with names and prices; served from an origin the key
/// does not name, the browser gets no answer to draw.
/// </summary>
public sealed class PublicKeyPageTests : IAsyncLifetime
{
    private const string PublicKey = "pk-page-test-0123456789abcdef";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"loyalty-page-{Guid.NewGuid():N}");
    private WebApplication? _page;
    private WebApplication? _otherPage;
    private KestrelApi? _api;
    private string _pageOrigin = "";
    private string _otherOrigin = "";

    public async Task InitializeAsync()
    {
        (_page, _pageOrigin) = await ServePageAsync();
        (_otherPage, _otherOrigin) = await ServePageAsync();
        var registry = new ModelRegistry(Path.Combine(_root, "models"));
        TestBundles.Publish(registry, "v1");
        _api = new KestrelApi(registry.Root, _pageOrigin);
        _api.Start();
    }

    public async Task DisposeAsync()
    {
        await _page!.DisposeAsync();
        await _otherPage!.DisposeAsync();
        await _api!.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task ReadmePage_FromThePublicKeysOrigin_DrawsTheCustomersTilesWithNamesAndPrices()
    {
        var expected = await ExpectedTilesAsync();
        await using var browser = await HeadlessChromium.StartAsync(RequireChromium());

        await browser.NavigateAsync($"{_pageOrigin}/");
        var tiles = (await browser.EvaluateAsync(DrawnTiles))!.AsArray();
        await browser.ScreenshotAsync(Path.Combine(Screenshots(), "public-key-tiles.png"));

        Assert.Equal(expected, tiles.Select(tile => ((string)tile!["text"]!, (string)tile["href"]!)).ToList());
        Assert.All(tiles, tile => Assert.EndsWith(".jpg", (string)tile!["image"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadmePage_FromAnotherOrigin_DrawsNothingAndTheBrowserSaysWhy()
    {
        await using var browser = await HeadlessChromium.StartAsync(RequireChromium());

        await browser.NavigateAsync($"{_otherOrigin}/");
        var tiles = (await browser.EvaluateAsync(DrawnTiles))!.AsArray();

        Assert.Empty(tiles);
        Assert.Contains(browser.Errors, error => error.Contains("CORS", StringComparison.OrdinalIgnoreCase) || error.Contains("Failed to fetch", StringComparison.Ordinal));
    }

    // Waits up to 10 s for the page's fetch to draw, then describes each tile.
    private const string DrawnTiles = """
        (async () => {
          for (let tries = 0; tries < 100 && document.querySelectorAll('#tiles a').length === 0; tries++) {
            await new Promise(resolve => setTimeout(resolve, 100));
          }
          return [...document.querySelectorAll('#tiles a')].map(a => ({ text: a.textContent, href: a.getAttribute('href'), image: a.querySelector('img').getAttribute('src') }));
        })()
        """;

    private async Task<List<(string Text, string Href)>> ExpectedTilesAsync()
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", PublicKey);
        client.DefaultRequestHeaders.Add("Origin", _pageOrigin);
        var list = await client.GetFromJsonAsync<JsonElement>($"{_api!.Address}/v1/customers/{TestBundles.KnownCustomer}/recommendations?count=4");
        return [.. list.GetProperty("items").EnumerateArray().Select(item => (
            $"{item.GetProperty("name").GetString()} · {item.GetProperty("price").GetDouble().ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}",
            item.GetProperty("url").GetString()!))];
    }

    /// <summary>The README's example page with this test's API address, key and customer.</summary>
    private string Page()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md"));
        var marker = readme.IndexOf("<!-- tiles-example", StringComparison.Ordinal);
        Assert.True(marker >= 0, "the README's tiles example is gone");
        var start = readme.IndexOf("```html\n", marker, StringComparison.Ordinal) + "```html\n".Length;
        var html = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        return html.Replace("http://127.0.0.1:5080", _api!.Address, StringComparison.Ordinal)
            .Replace("pk-shop-web-0123456789abcdef", PublicKey, StringComparison.Ordinal)
            .Replace("C000002", TestBundles.KnownCustomer, StringComparison.Ordinal);
    }

    private async Task<(WebApplication App, string Origin)> ServePageAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/", () => Results.Content($"<!doctype html><html><head><meta charset=\"utf-8\"><title>shop</title></head><body>{Page()}</body></html>", "text/html"));
        await app.StartAsync();
        return (app, app.Urls.First());
    }

    private static string RequireChromium() =>
        HeadlessChromium.Executable() ?? throw new InvalidOperationException("Chromium is not installed: ./test.sh installs it (apt-get install chromium).");

    private static string Screenshots()
    {
        var folder = Environment.GetEnvironmentVariable("LOYALTY_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The API on Kestrel at a free local port with one public key bound to the page's origin.</summary>
    private sealed class KestrelApi(string registry, string pageOrigin) : WebApplicationFactory<Program>
    {
        public string Address { get; private set; } = "";

        public void Start()
        {
            UseKestrel();
            StartServer();
            Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.UseSetting("Models:RegistryPath", registry);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("ApiKeys:Keys:web:Key", PublicKey);
            builder.UseSetting("ApiKeys:Keys:web:Kind", "Public");
            builder.UseSetting("ApiKeys:Keys:web:Scopes:0", "recommendations:read");
            builder.UseSetting("ApiKeys:Keys:web:Origins:0", pageOrigin);
        }
    }
}

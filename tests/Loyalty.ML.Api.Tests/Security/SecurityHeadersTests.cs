using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Security;

/// <summary>Every HTML and data answer, errors included, carries the security headers; nothing personal is kept by a shared cache, and only a shop list by the customer's own browser.</summary>
[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(LoyaltyApiFixture fixture)
{
    [Theory]
    [InlineData("/dashboard/", null)]
    [InlineData("/dashboard/dashboard.js", null)]
    [InlineData("/dashboard/live", TestKeys.Admin)]
    [InlineData("/dashboard/report", TestKeys.Admin)]
    [InlineData("/v1/churn/at-risk", TestKeys.Crm)]
    [InlineData("/v1/customers/C000002/churn", TestKeys.Crm)]
    [InlineData("/v1/customers/C000002/recommendations", TestKeys.Shop)]
    [InlineData("/v1/customers/C000002/churn", null)]
    [InlineData("/v1/no-such-endpoint", TestKeys.Admin)]
    [InlineData("/health/ready", null)]
    [InlineData("/openapi/v1.json", null)]
    [InlineData("/scalar/", null)]
    public async Task Get_AnyAnswer_CarriesNosniffFrameDenialNoStoreAndAPolicyWithoutInlineScript(string path, string? key)
    {
        var response = await fixture.Host.Client(key).GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        // A shop list may be reused by the customer's own browser (private, max-age); nothing else is stored anywhere.
        Assert.Matches(path.EndsWith("/recommendations", StringComparison.Ordinal) ? "^(private, max-age=[0-9]+|max-age=[0-9]+, private)$" : "no-store", Header(response, "Cache-Control"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*'unsafe-inline'", policy);
        Assert.DoesNotMatch("script-src[^;]*'unsafe-eval'", policy);
    }

    [Fact]
    public async Task GetDashboard_Page_MayRunOnlyItsOwnScriptFile()
    {
        var response = await fixture.Host.Client().GetAsync("/dashboard/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("script-src 'self';", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", page);
        Assert.DoesNotMatch(" on[a-z]+=\"", page);
    }

    [Fact]
    public async Task GetReference_Page_AllowsExactlyItsOneInlineScriptByHash()
    {
        var response = await fixture.Host.Client().GetAsync("/scalar/");
        var page = await response.Content.ReadAsStringAsync();

        var script = Regex.Match(page, "<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src 'self' 'sha256-{hash}';", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri!.PathAndQuery} answered {(int)response.StatusCode} without {name}");
}

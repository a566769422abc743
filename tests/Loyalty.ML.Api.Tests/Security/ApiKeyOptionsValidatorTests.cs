using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Security;

namespace Loyalty.ML.Api.Tests.Security;

public sealed class ApiKeyOptionsValidatorTests
{
    [Theory]
    [InlineData("admin", "https://shop.example", "may only have recommendations:read")]
    [InlineData("churn:read", "https://shop.example", "not 'churn:read'")]
    [InlineData("recommendations:read", "https://shop.example/page", "no path")]
    [InlineData("recommendations:read", "shop.example", "scheme://host")]
    [InlineData("recommendations:read", null, "needs Origins")]
    public void Validate_UnsafePublicKey_FailsNamingTheKeyAndWhy(string scope, string? origin, string expected)
    {
        var entry = new ApiKeyEntry { Key = "pk-0123456789abcdef", Kind = ApiKeyKind.Public, Scopes = [scope], Origins = origin is null ? [] : [origin] };

        var result = new ApiKeyOptionsValidator().Validate(null, new ApiKeyOptions { Keys = { ["web"] = entry } });

        Assert.True(result.Failed);
        Assert.Contains("ApiKeys:Keys:web", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SecretKeyWithOrigins_Fails()
    {
        var entry = new ApiKeyEntry { Key = "sk-0123456789abcdef", Scopes = ["churn:read"], Origins = ["https://crm.example"] };

        var result = new ApiKeyOptionsValidator().Validate(null, new ApiKeyOptions { Keys = { ["crm"] = entry } });

        Assert.True(result.Failed);
        Assert.Contains("binds only a public key", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PublicKeyForItsOrigins_Succeeds()
    {
        var entry = new ApiKeyEntry { Key = "pk-0123456789abcdef", Kind = ApiKeyKind.Public, Scopes = ["recommendations:read"], Origins = ["https://shop.example", "http://127.0.0.1:8080"] };

        Assert.True(new ApiKeyOptionsValidator().Validate(null, new ApiKeyOptions { Keys = { ["web"] = entry } }).Succeeded);
    }

    [Fact]
    public void Validate_ShortKeyAndUnknownScope_FailsNamingTheKey()
    {
        var options = new ApiKeyOptions { Keys = { ["shop"] = new ApiKeyEntry { Key = "short", Scopes = ["recommendations:write"] } } };

        var result = new ApiKeyOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("ApiKeys:Keys:shop:Key", result.FailureMessage);
        Assert.Contains("recommendations:write", result.FailureMessage);
    }
}

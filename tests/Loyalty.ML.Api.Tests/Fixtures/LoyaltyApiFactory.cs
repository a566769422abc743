using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>The real service in process, configured through settings as an operator would.</summary>
public sealed class LoyaltyApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

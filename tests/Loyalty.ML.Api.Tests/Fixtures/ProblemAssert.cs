using System.Net;
using System.Text.Json;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Asserts an error answer is ProblemDetails with the expected status and no stack trace.</summary>
public static class ProblemAssert
{
    /// <summary>Checks status, content type, body and trace id; returns the parsed body.</summary>
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.True(problem.TryGetProperty("traceId", out _), $"no traceId: {body}");
        return problem;
    }
}

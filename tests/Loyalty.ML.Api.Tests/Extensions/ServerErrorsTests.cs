using System.Net;
using System.Net.Sockets;
using System.Text;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Extensions;

/// <summary>Errors Kestrel and the host answer before any endpoint runs, through a real socket: still ProblemDetails.</summary>
public sealed class ServerErrorsTests(ApiProcessFixture fixture) : IClassFixture<ApiProcessFixture>
{
    [Fact]
    public async Task OverLongUrl_Returns414Problem()
    {
        using var client = Client(TestKeys.Crm);

        var response = await client.GetAsync($"/v1/customers/C1/churn?pad={new string('a', 12_000)}");

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task OverLargeHeaders_Returns431Problem()
    {
        using var client = Client(TestKeys.Crm);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/customers/C1/churn");
        request.Headers.Add("X-Padding", new string('a', 40_000));

        var response = await client.SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task InvalidUtf8InCustomerId_Returns400Problem()
    {
        var response = await Raw("GET /v1/customers/C%FF1/churn HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: " + TestKeys.Crm + "\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", response, StringComparison.Ordinal);
        Assert.Contains("UTF-8", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8InItemId_Returns400Problem()
    {
        var response = await Raw("GET /v1/items/I%C3%28/also-bought HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: " + TestKeys.Shop + "\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", response, StringComparison.Ordinal);
    }

    private HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(fixture.Address), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<string> Raw(string request)
    {
        var uri = new Uri(fixture.Address);
        using var socket = new TcpClient();
        await socket.ConnectAsync(uri.Host, uri.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }
}

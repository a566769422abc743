using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// A real webhook receiver on a free loopback port: answers 500 while <see cref="Down"/> or for the first
/// <see cref="FailFirst"/> requests, else 200, and keeps every request it accepted with whether its signature checked out.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>The secret the service is configured to sign with.</summary>
    public const string Secret = "webhook-secret-0123456789abcdef";

    private readonly WebApplication _app;
    private int _requests;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The URL to configure.</summary>
    public string Url => _app.Urls.First() + "/hook";

    /// <summary>While true every request gets 500.</summary>
    public bool Down { get; set; }

    /// <summary>How many requests get 500 before any succeeds.</summary>
    public int FailFirst { get; set; }

    /// <summary>Requests seen, failed ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests answered 200, in order.</summary>
    public ConcurrentQueue<Received> Accepted { get; } = new();

    /// <summary>Starts the receiver.</summary>
    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until <paramref name="done"/> holds for the accepted requests, at most <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitAsync(Func<IReadOnlyList<Received>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (done([.. Accepted]))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return done([.. Accepted]);
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived, accepted or not, at most <paramref name="timeout"/>.</summary>
    public async Task WaitUntilRequestsAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Requests < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var count = Interlocked.Increment(ref _requests);
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (Down || count <= FailFirst)
        {
            return Results.StatusCode(500);
        }

        Accepted.Enqueue(new Received(request.Headers["Loyalty-Webhook-Id"].ToString(), request.Headers["Loyalty-Webhook-Event"].ToString(), JsonDocument.Parse(body).RootElement.Clone(), SignatureHolds(request.Headers["Loyalty-Signature"].ToString(), body)));
        return Results.Ok();
    }

    private static bool SignatureHolds(string header, string body)
    {
        var parts = header.Split(',').Select(part => part.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{body}"));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts["v1"]))
            && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture)) < 300;
    }

    /// <summary>One accepted request.</summary>
    public sealed record Received(string Id, string Type, JsonElement Body, bool SignatureHolds)
    {
        /// <summary>The body's customer id (band changes).</summary>
        public string? CustomerId => Body.TryGetProperty("customerId", out var id) ? id.GetString() : null;
    }
}

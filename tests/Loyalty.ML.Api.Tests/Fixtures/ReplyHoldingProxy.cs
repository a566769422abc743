using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// A loopback TCP proxy in front of a Redis server that, once armed, holds Redis's replies for a while after the next
/// XADD goes through: the writes land at once, their answers come late, as on a slow network or a starved client. The
/// client then sees a timeout for writes Redis did apply.
/// </summary>
public sealed class ReplyHoldingProxy : IAsyncDisposable
{
    private static readonly byte[] Xadd = Encoding.ASCII.GetBytes("XADD");
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _redisPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private long _armedMilliseconds;
    private long _holdUntil;

    private ReplyHoldingProxy(int redisPort)
    {
        _redisPort = redisPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>StackExchange.Redis connection string of the proxy.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Starts a proxy to the Redis server on <paramref name="redisPort"/>.</summary>
    public static ReplyHoldingProxy Start(int redisPort) => new(redisPort);

    /// <summary>Holds every reply for <paramref name="hold"/> from the next XADD sent through the proxy on (once).</summary>
    public void ArmOnNextWrite(TimeSpan hold) => Interlocked.Exchange(ref _armedMilliseconds, (long)hold.TotalMilliseconds);

    /// <summary>True once an armed hold began.</summary>
    public bool Held => Interlocked.Read(ref _holdUntil) != 0;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var redis = new TcpClient())
        {
            try
            {
                await redis.ConnectAsync(IPAddress.Loopback, _redisPort, _stop.Token);
                await Task.WhenAny(PumpAsync(client.GetStream(), redis.GetStream(), toRedis: true), PumpAsync(redis.GetStream(), client.GetStream(), toRedis: false));
            }
            catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
            {
                // Either side went away (Redis killed, client reconnecting): the client sees a closed connection, as without the proxy.
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool toRedis)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            if (toRedis && Interlocked.Read(ref _armedMilliseconds) > 0 && buffer.AsSpan(0, read).IndexOf(Xadd) >= 0
                && Interlocked.Exchange(ref _armedMilliseconds, 0) is > 0 and var hold)
            {
                Interlocked.Exchange(ref _holdUntil, Environment.TickCount64 + hold);
            }

            if (!toRedis && Interlocked.Read(ref _holdUntil) - Environment.TickCount64 is > 0 and var wait)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), _stop.Token);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }
}

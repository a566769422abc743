using System.Text.Json;
using Loyalty.ML.Api.Ingest.EventBodies;
using Loyalty.ML.Api.Options;

namespace Loyalty.ML.Api.Tests.Options;

public sealed class OptionsDefaultsTests
{
    [Fact]
    public void Defaults_ArePinned()
    {
        var model = new ModelOptions();
        var cache = new CacheOptions();
        var redis = new RedisOptions();
        var key = new ApiKeyEntry();

        Assert.Equal("models", model.RegistryPath);
        Assert.Equal(TimeSpan.FromSeconds(10), model.PollInterval);
        Assert.True(model.WatchFileSystem);
        Assert.Equal(TimeSpan.FromMinutes(1), model.LoadTimeout);
        Assert.Equal(64L * 1024 * 1024, cache.MemoryByteLimit);
        Assert.Equal(TimeSpan.FromMinutes(10), cache.MemoryTtl);
        Assert.Equal(TimeSpan.FromHours(1), cache.RedisTtl);
        Assert.Equal(CacheLayer.HandWritten, cache.Layer);
        Assert.False(redis.IsConfigured);
        Assert.Equal(TimeSpan.FromMilliseconds(100), redis.OperationTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), redis.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), redis.BreakDuration);
        Assert.Equal((6000, 20), (key.EffectivePermitLimit, new ApiKeyEntry { Kind = ApiKeyKind.Public }.EffectivePermitLimit));
        Assert.Equal(TimeSpan.FromSeconds(1), key.RateLimitWindow);
        Assert.False(new BenchmarkOptions().Enabled);
        var limits = new RateLimitOptions();
        Assert.Equal((100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)), (limits.AnonymousPermitLimit, limits.AnonymousWindow, limits.FailedAuthenticationLogInterval));
        var server = new ServerLimitOptions();
        Assert.Equal((8192, 32768), (server.MaxUrlLength, server.MaxHeadersLength));
        var offers = new OfferOptions();
        Assert.Equal((null, null, TimeSpan.FromSeconds(5)), (offers.RulesPath, offers.IssuedOffersPath, offers.ReloadInterval));
        var stream = new EventStreamOptions();
        Assert.Equal((TimeSpan.FromMilliseconds(250), true, TimeSpan.FromSeconds(5)), (stream.PollInterval, stream.Notifications, stream.OutboxInterval));
        Assert.Equal((TimeSpan.FromSeconds(1), 500, 1_000_000), (stream.RetryInterval, stream.BatchSize, stream.MaxLength));
        var events = new EventOptions();
        Assert.Equal((EventOptions.DefaultStorePath, null, TimeSpan.FromMinutes(5)), (events.StorePath, events.MarkPath, events.MaxClockSkew));
        Assert.Equal((4096, 4, 16, TimeSpan.FromSeconds(10)), (events.MaxLineBytes, events.WriteConcurrencyPerKey, events.WriteQueuePerKey, events.WarningInterval));
        Assert.Equal(4_116_096, EventBodyLimits.Of(events).MaxBodyBytes);
        var backups = new EventBackupOptions();
        Assert.Equal(("backups", TimeSpan.FromHours(1), 6), (backups.Folder, backups.Interval, backups.Keep));
    }

    [Fact]
    public void RuntimeConfig_Service_UsesWorkstationGcAndNoQuickJit()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Loyalty.ML.Api.runtimeconfig.json");

        var properties = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation.QuickJit").GetBoolean());
    }
}

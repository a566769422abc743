using Loyalty.ML.Api.Options;
using Loyalty.ML.Offers;
using Microsoft.Extensions.Options;
using Loyalty.ML.Offers.Rules;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// Serves the offer rules and ledger, reloading them when their files change (checked at most every
/// <see cref="OfferOptions.ReloadInterval"/>). A file that fails to load or validate is rejected with a
/// logged reason and the previous configuration keeps working; at start that is the documented defaults.
/// </summary>
internal sealed class OfferRulesProvider
{
    private readonly OfferOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OfferRulesProvider> _logger;
    private readonly Lock _reloading = new();
    private OfferConfiguration _current;
    private DateTimeOffset _nextCheck;

    public OfferRulesProvider(IOptions<OfferOptions> options, TimeProvider time, ILogger<OfferRulesProvider> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _current = new OfferConfiguration(new OfferEngine(new OfferRules()), OfferLedger.Empty, DateTime.MinValue, DateTime.MinValue);
        Reload();
    }

    /// <summary>Why the last change was rejected, while the previous configuration serves.</summary>
    public string? LastError { get; private set; }

    /// <summary>The configuration in force, reloaded first when a file changed.</summary>
    public OfferConfiguration Current
    {
        get
        {
            if (_time.GetUtcNow() >= _nextCheck && _reloading.TryEnter())
            {
                try
                {
                    Reload();
                }
                finally
                {
                    _reloading.Exit();
                }
            }

            return Volatile.Read(ref _current);
        }
    }

    private void Reload()
    {
        _nextCheck = _time.GetUtcNow() + _options.ReloadInterval;
        var current = _current;
        var rulesWrittenAt = WrittenAt(_options.RulesPath);
        var ledgerWrittenAt = WrittenAt(_options.IssuedOffersPath);
        if (rulesWrittenAt == current.RulesWrittenAt && ledgerWrittenAt == current.LedgerWrittenAt)
        {
            return;
        }

        try
        {
            var engine = rulesWrittenAt == current.RulesWrittenAt ? current.Engine : new OfferEngine(Load(_options.RulesPath, OfferRulesFile.Load, new OfferRules()));
            var ledger = ledgerWrittenAt == current.LedgerWrittenAt ? current.Ledger : Load(_options.IssuedOffersPath, OfferLedger.Load, OfferLedger.Empty);
            Volatile.Write(ref _current, new OfferConfiguration(engine, ledger, rulesWrittenAt, ledgerWrittenAt));
            LastError = null;
            OfferLog.RulesLoaded(_logger, _options.RulesPath is { Length: > 0 } path ? path : "the documented defaults");
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            LastError = error.Message;
            OfferLog.RulesRejected(_logger, error.Message);
            Volatile.Write(ref _current, current with { RulesWrittenAt = rulesWrittenAt, LedgerWrittenAt = ledgerWrittenAt });
        }
    }

    private static T Load<T>(string? path, Func<string, T> load, T fallback) =>
        path is { Length: > 0 } ? load(path) : fallback;

    // A missing file reads as MinValue+1 so that "configured but missing" differs from "not configured" and is reported.
    private static DateTime WrittenAt(string? path) =>
        path is not { Length: > 0 } ? DateTime.MinValue
        : File.Exists(path) ? File.GetLastWriteTimeUtc(path)
        : DateTime.MinValue.AddTicks(1);
}

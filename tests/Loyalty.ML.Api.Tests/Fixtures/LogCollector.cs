using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>A logger provider that keeps every entry of the service it is registered in, for tests to read.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>The entries logged so far.</summary>
    public IReadOnlyCollection<LogEntry> Entries => _entries;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CategoryLogger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    // Private and nested: it writes into the collector's queue and means nothing on its own.
    private sealed class CategoryLogger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            collector._entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

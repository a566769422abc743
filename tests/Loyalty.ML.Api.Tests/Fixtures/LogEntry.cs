using Microsoft.Extensions.Logging;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>One log entry kept by <see cref="LogCollector"/>.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

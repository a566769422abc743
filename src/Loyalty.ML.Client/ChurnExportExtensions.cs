using System.Runtime.CompilerServices;
using Loyalty.ML.Client.Generated;
using Loyalty.ML.Client.Generated.Models;
using Loyalty.ML.Client.Generated.V1.Churn.Export;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Loyalty.ML.Client;

/// <summary>Reads <c>GET /v1/churn/export</c>'s NDJSON as typed rows without holding the whole answer in memory.</summary>
public static class ChurnExportExtensions
{
    /// <summary>Starts the export with the given arguments (all optional) and returns its watermark and rows.</summary>
    public static async Task<ChurnExportDownload> ExportChurnAsync(
        this LoyaltyApiClient client, string? snapshot = null, string? after = null, string? changedSince = null, CancellationToken cancellationToken = default)
    {
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var stream = await client.V1.Churn.Export.GetAsync(
            configuration =>
            {
                configuration.QueryParameters.Format = "ndjson";
                configuration.QueryParameters.Snapshot = snapshot;
                configuration.QueryParameters.After = after;
                configuration.QueryParameters.ChangedSince = changedSince;
                configuration.Options.Add(headers);
            },
            cancellationToken) ?? throw new InvalidOperationException("The export answered without a body.");
        return new ChurnExportDownload(Header(headers.ResponseHeaders, "Loyalty-Model-Version"), Header(headers.ResponseHeaders, "Loyalty-Watermark"), Rows(stream, cancellationToken));
    }

    private static string Header(RequestHeaders headers, string name) =>
        headers.TryGetValue(name, out var values) && values.FirstOrDefault() is { } value ? value : throw new InvalidOperationException($"The export answered without {name}.");

    private static async IAsyncEnumerable<ChurnScoreView> Rows(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                yield return await KiotaJsonSerializer.DeserializeAsync(line, ChurnScoreView.CreateFromDiscriminatorValue, cancellationToken)
                    ?? throw new InvalidOperationException($"An export line is not a row: {line}");
            }
        }
    }
}

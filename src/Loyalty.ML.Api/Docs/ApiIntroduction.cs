using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.ML.Api.Docs;

/// <summary>
/// The document's title, the introduction the browsable UI (Scalar) opens with, and the server a client should call:
/// the one the document was asked from, so a generator pointed at a deployed service gets that service's address.
/// </summary>
internal sealed class ApiIntroduction(IHttpContextAccessor accessor) : IOpenApiDocumentTransformer
{
    /// <summary>The document's title.</summary>
    public const string Title = "Loyalty.ML API";

    /// <summary>Markdown shown above the operations.</summary>
    public const string Text = """
        Personalised recommendations, "customers also bought" lists, churn scores with reasons, RFM segments and offers,
        answered from the model bundle the service serves, updated by the purchases tills report.

        **Keys.** Every `/v1` call needs an API key in the `X-Api-Key` header. A key has scopes: `recommendations:read` (lists:
        what a shop front end gets), `churn:read` (churn, segments, KPIs, the export: what a CRM gets), `offers:read`,
        `events:write` (tills), `admin` (the model registry), `reports:read` (the dashboard). No key or a wrong one is 401,
        a key without the scope 403. A **public key** may sit in a web page: it is accepted only from its configured
        origins (CORS is answered for them, and a preflight from any other origin is 403), reads only recommendation lists,
        and is rate-limited per client address.

        **Errors** are ProblemDetails (RFC 9457, `application/problem+json`) saying what was expected: 400 names each bad
        argument under `errors`; 404 an id the model does not know (recommendation lists answer unknown customers with
        popular items instead, `fallback: "popular"`); 413 a body over the limit; 429 a used-up rate limit, with
        `Retry-After`; 503 no model loaded yet, or none of that kind in the bundle.

        **Items** carry their tile (`name`, `category`, `price`, `url`, `imageUrl`), a `rank` and a `score` relative to the
        list's first item (1 down to 0); `fields` trims them.

        **Caching.** GET answers carry an `ETag` made from what they depend on (model version, the customer's reported
        events, the arguments); lists and KPIs are `Cache-Control: private, max-age`, churn and segment `private, no-store`;
        send `If-None-Match` to get 304 while nothing changed.

        **Bulk.** `GET /v1/churn/export` streams every customer's score (NDJSON or CSV) pinned to the `Loyalty-Watermark`
        it returns: resume with `snapshot` and `after`, ask for what moved with `changedSince`.
        """;

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = Title;
        document.Info.Description = Text;
        if (accessor.HttpContext?.Request is { } request)
        {
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}" }];
        }

        return Task.CompletedTask;
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Security;

/// <summary>Authenticates the <c>X-Api-Key</c> header and answers 401/403 as ProblemDetails.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys,
    FailedAuthentications failures,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values) || values.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (keys.Find(values.ToString()) is { } key)
        {
            if (key.Entry.Kind == ApiKeyKind.Public && !BrowserOrigins.Contains(key.Entry.Origins, Request.Headers.Origin.ToString()))
            {
                // A known key from the wrong page: 403 naming why, not a 401 that suggests the key is wrong.
                Context.Items[ApiKeyDefaults.RefusalItem] = Request.Headers.Origin.Count == 0
                    ? "This is a public key: it is accepted only from the web pages of its origins, and this request names no Origin."
                    : $"This is a public key: it is accepted only from the web pages of its origins, not from '{Request.Headers.Origin}'.";
                return Task.FromResult(AuthenticateResult.Fail("Public key used from another origin."));
            }

            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(key.Principal, ApiKeyDefaults.Scheme)));
        }

        failures.Record(ClientAddress.Of(Context));
        return Task.FromResult(AuthenticateResult.Fail("Invalid API key."));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[ApiKeyDefaults.RefusalItem] is string refusal)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            await WriteProblem(StatusCodes.Status403Forbidden, "Forbidden", refusal);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.HeaderName}\"";
        var detail = Request.Headers.ContainsKey(ApiKeyDefaults.HeaderName)
            ? $"The key in the {ApiKeyDefaults.HeaderName} header is not valid."
            : $"Send an API key in the {ApiKeyDefaults.HeaderName} header.";
        await WriteProblem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    /// <inheritdoc />
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblem(StatusCodes.Status403Forbidden, "Forbidden", "This API key does not have the scope this endpoint requires.");
    }

    private async Task WriteProblem(int status, string title, string detail) =>
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
}

namespace Loyalty.ML.Api.Security;

/// <summary>What a key may do; each scope is also the name of the authorization policy requiring it.</summary>
internal static class ApiScopes
{
    /// <summary>Claim type holding a key's scopes.</summary>
    public const string ClaimType = "scope";

    /// <summary>Recommendations and also-bought: what an e-commerce front end gets.</summary>
    public const string RecommendationsRead = "recommendations:read";

    /// <summary>Churn scores, segments and KPIs: what a CRM gets.</summary>
    public const string ChurnRead = "churn:read";

    /// <summary>Personalised offers: what a campaign tool gets; they reveal churn risk, so they are not part of recommendations:read.</summary>
    public const string OffersRead = "offers:read";

    /// <summary>Reporting purchases and offer events: what a till or shop back end gets.</summary>
    public const string EventsWrite = "events:write";

    /// <summary>Model registry and reload.</summary>
    public const string Admin = "admin";

    /// <summary>The dashboard: the current model's report and live figures (admin opens it too).</summary>
    public const string ReportsRead = "reports:read";

    /// <summary>Every known scope.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>([RecommendationsRead, ChurnRead, OffersRead, EventsWrite, Admin, ReportsRead], StringComparer.Ordinal);
}

namespace Loyalty.ML.Api.Security;

/// <summary>The client address requests are limited and reported by.</summary>
internal static class ClientAddress
{
    /// <summary>The remote address as text, or <c>unknown</c> (in-process test servers have none).</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>The API keys every test host is configured with.</summary>
public static class TestKeys
{
    /// <summary>recommendations:read, what a shop gets.</summary>
    public const string Shop = "shop-key-0123456789abcdef";

    /// <summary>churn:read, what a CRM gets.</summary>
    public const string Crm = "crm-key-0123456789abcdef";

    /// <summary>admin only.</summary>
    public const string Admin = "admin-key-0123456789abcdef";

    /// <summary>recommendations:read with a limit of <see cref="LimitedPermits"/> requests a minute.</summary>
    public const string Limited = "limited-key-0123456789abcdef";

    /// <summary>Requests a minute the limited key may make.</summary>
    public const int LimitedPermits = 3;

    /// <summary>Configuration entries for the keys.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        foreach (var (name, key, scopes) in new[]
        {
            ("shop", Shop, new[] { "recommendations:read" }),
            ("crm", Crm, ["churn:read"]),
            ("admin", Admin, ["admin"]),
        })
        {
            yield return new($"ApiKeys:Keys:{name}:Key", key);
            for (var index = 0; index < scopes.Length; index++)
            {
                yield return new($"ApiKeys:Keys:{name}:Scopes:{index}", scopes[index]);
            }
        }

        yield return new("ApiKeys:Keys:limited:Key", Limited);
        yield return new("ApiKeys:Keys:limited:Scopes:0", "recommendations:read");
        yield return new("ApiKeys:Keys:limited:PermitLimit", LimitedPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("ApiKeys:Keys:limited:RateLimitWindow", "00:01:00");
    }
}

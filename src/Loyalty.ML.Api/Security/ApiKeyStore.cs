using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Security;

/// <summary>The configured keys as SHA-256 hashes with a ready principal each; lookups compare in constant time.</summary>
internal sealed class ApiKeyStore
{
    private readonly StoredKey[] _keys;

    /// <summary>Hashes the configured keys.</summary>
    public ApiKeyStore(IOptions<ApiKeyOptions> options)
    {
        _keys = options.Value.Keys
            .Select(pair => new StoredKey(pair.Key, Hash(pair.Value.Key), Principal(pair.Key, pair.Value), pair.Value))
            .ToArray();
    }

    /// <summary>The key whose secret is <paramref name="presented"/>, or null.</summary>
    public StoredKey? Find(string presented)
    {
        var hash = Hash(presented);
        StoredKey? match = null;

        // Every key is compared, with no early exit, so the time taken says nothing about which key came close.
        foreach (var key in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                match = key;
            }
        }

        return match;
    }

    /// <summary>The entry of a key by name, or null.</summary>
    public ApiKeyEntry? Entry(string name) => Array.Find(_keys, key => key.Name == name)?.Entry;

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static ClaimsPrincipal Principal(string name, ApiKeyEntry entry)
    {
        var claims = entry.Scopes.Select(scope => new Claim(ApiScopes.ClaimType, scope)).Prepend(new Claim(ClaimTypes.Name, name));
        if (entry.Kind == ApiKeyKind.Public)
        {
            claims = claims.Append(new Claim(ApiKeyDefaults.KindClaim, ApiKeyDefaults.PublicKind));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.Scheme));
    }

    /// <summary>One configured key.</summary>
    internal sealed record StoredKey(string Name, byte[] Hash, ClaimsPrincipal Principal, ApiKeyEntry Entry);
}

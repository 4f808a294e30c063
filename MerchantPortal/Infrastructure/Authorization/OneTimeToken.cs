using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>The secret in a one-time link (invitation, first-run set-up); the database keeps only its SHA-256.</summary>
public static class OneTimeToken
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

using System.Security.Cryptography;

namespace MerchantPortal.Domain.Audit;

/// <summary>
/// A secret the chain is keyed with (HMAC-SHA256). It is held outside the database and handed to the domain; the
/// entry stores only its <see cref="Id"/>, so whoever can write the database cannot recompute a keyed hash.
/// </summary>
public sealed class AuditKey
{
    public const int MinimumSecretBytes = 32;

    public const int MaxIdLength = 40;

    private readonly byte[] secret;

    public AuditKey(string id, byte[] secret)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"An audit key id is 1–{MaxIdLength} letters, digits, '-', '_' or '.'.", nameof(id));
        }

        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"An audit key needs at least {MinimumSecretBytes} bytes.", nameof(secret));
        }

        Id = id;
        this.secret = [.. secret];
    }

    public string Id { get; }

    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public byte[] Mac(byte[] data) => HMACSHA256.HashData(secret, data);
}

using MerchantPortal.Domain.Audit;
using MerchantPortal.Infrastructure.Keys;
using MerchantPortal.Infrastructure.Storage;

namespace MerchantPortal.Infrastructure.Audit;

/// <summary>
/// The keys the audit chain is keyed with (docs/decisions/0021): <c>Audit:Keys:&lt;id&gt;</c> (base64, at least 32
/// bytes) and <c>Audit:CurrentKeyId</c>. New entries use the current key; the others stay for verifying older
/// entries, which is how a key is rotated. Production must be given them; Development makes its own.
/// </summary>
public sealed class AuditKeyRing(AuditKey current, IReadOnlyDictionary<string, AuditKey> all)
{
    public const string CurrentKeySetting = "Audit:CurrentKeyId";
    public const string KeysSetting = "Audit:Keys";

    public static readonly string MissingMessage =
        $"The audit chain must be keyed, and no audit key is configured. Set {CurrentKeySetting} (environment variable " +
        "Audit__CurrentKeyId) to a key id such as 2026-12, and Audit:Keys:<that id> (Audit__Keys__2026-12) to the base64 " +
        $"of at least {AuditKey.MinimumSecretBytes} random bytes, e.g. `openssl rand -base64 32` (README: Keys and secrets).";

    public AuditKey Current { get; } = current;

    public IReadOnlyDictionary<string, AuditKey> All { get; } = all;

    public static AuditKeyRing Load(
        IConfiguration configuration, IHostEnvironment environment, DataDirectory dataDirectory, IServiceCollection services)
    {
        var keys = configuration.GetSection(KeysSetting).GetChildren()
            .ToDictionary(c => c.Key, c => Parse(c.Key, c.Value), StringComparer.Ordinal);
        var currentId = configuration[CurrentKeySetting];
        if (environment.IsDevelopment())
        {
            // Development's own keys are always known (a key configured later rotates away from them); the file is
            // made only when nothing else names a current key.
            var path = DevelopmentSecrets.PathOf(dataDirectory, AuditKeyFile.FileName);
            if (File.Exists(path) || string.IsNullOrWhiteSpace(currentId))
            {
                var (file, created) = AuditKeyFile.LoadOrCreate(path);
                if (created)
                {
                    GeneratedSecretsAnnouncer.Announce(services,
                        new GeneratedSecret("the audit chain's key", path, $"{CurrentKeySetting} and {KeysSetting}:<id>"));
                }

                foreach (var (id, secret) in file.Keys)
                {
                    keys.TryAdd(id, Parse(id, secret));
                }

                currentId = string.IsNullOrWhiteSpace(currentId) ? file.CurrentKeyId : currentId;
            }
        }
        else if (string.IsNullOrWhiteSpace(currentId))
        {
            throw new InvalidOperationException(MissingMessage);
        }

        return keys.TryGetValue(currentId, out var current)
            ? new AuditKeyRing(current, keys)
            : throw new InvalidOperationException(
                $"{CurrentKeySetting} is '{currentId}', but no {KeysSetting}:{currentId} is configured.");
    }

    private static AuditKey Parse(string id, string? base64)
    {
        if (!AuditKey.IsValidId(id))
        {
            throw new InvalidOperationException(
                $"The audit key id '{id}' is not valid: 1–{AuditKey.MaxIdLength} letters, digits, '-', '_' or '.'.");
        }

        var secret = new byte[(base64?.Length ?? 0) * 3 / 4];
        if (!Convert.TryFromBase64String(base64 ?? "", secret, out var length) || length < AuditKey.MinimumSecretBytes)
        {
            throw new InvalidOperationException(
                $"{KeysSetting}:{id} must be the base64 of at least {AuditKey.MinimumSecretBytes} random bytes.");
        }

        return new AuditKey(id, secret[..length]);
    }
}

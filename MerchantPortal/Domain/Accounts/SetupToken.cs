namespace MerchantPortal.Domain.Accounts;

/// <summary>
/// The one-time first-run link that creates the first admin. Only its hash is stored; it works once,
/// for an hour, and only while no admin exists.
/// </summary>
public sealed class SetupToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private SetupToken()
    {
    }

    public Guid Id { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public static SetupToken Create(string tokenHash, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        TokenHash = tokenHash,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + Lifetime,
    };

    public bool IsUsable(DateTime nowUtc) => UsedAtUtc is null && nowUtc < ExpiresAtUtc;
}

namespace MerchantPortal.Domain.Banking;

/// <summary>
/// Micro-deposit verification of the settlement account (打款验证): the bank remits a random amount between
/// ¥0.01 and ¥0.99, the applicant types it back. Three wrong tries lock it; it expires after ten days; a new
/// deposit replaces the old one. Amounts are whole fen, never floating point.
/// </summary>
public sealed class MicroDeposit
{
    public const int MaxAttempts = 3;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(10);

    private MicroDeposit()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>Which account the deposit went to (a hash), so changing the account asks for a new deposit.</summary>
    public string AccountFingerprint { get; private set; } = "";

    public int AmountFen { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public int FailedAttempts { get; private set; }

    public MicroDepositStatus Status { get; private set; }

    public DateTime? VerifiedAtUtc { get; private set; }

    public Guid Version { get; private set; }

    public int AttemptsLeft => MaxAttempts - FailedAttempts;

    public static MicroDeposit Send(Guid applicationId, string accountFingerprint, int amountFen, DateTime nowUtc)
    {
        if (amountFen is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(amountFen), "A micro-deposit is between 1 and 99 fen.");
        }

        return new MicroDeposit
        {
            Id = Guid.NewGuid(),
            ApplicationId = applicationId,
            AccountFingerprint = accountFingerprint,
            AmountFen = amountFen,
            SentAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
            Status = MicroDepositStatus.Pending,
            Version = Guid.NewGuid(),
        };
    }

    public bool IsExpired(DateTime nowUtc) => Status == MicroDepositStatus.Pending && nowUtc >= ExpiresAtUtc;

    public ConfirmationResult Confirm(int typedFen, DateTime nowUtc)
    {
        if (Status != MicroDepositStatus.Pending)
        {
            return Status == MicroDepositStatus.Locked ? ConfirmationResult.Locked : ConfirmationResult.NotPending;
        }

        if (IsExpired(nowUtc))
        {
            return ConfirmationResult.Expired;
        }

        Version = Guid.NewGuid();
        if (typedFen == AmountFen)
        {
            Status = MicroDepositStatus.Verified;
            VerifiedAtUtc = nowUtc;
            return ConfirmationResult.Verified;
        }

        FailedAttempts++;
        if (FailedAttempts >= MaxAttempts)
        {
            Status = MicroDepositStatus.Locked;
            return ConfirmationResult.Locked;
        }

        return ConfirmationResult.Wrong;
    }

    public void Replace()
    {
        if (Status is MicroDepositStatus.Pending or MicroDepositStatus.Locked)
        {
            Status = MicroDepositStatus.Replaced;
            Version = Guid.NewGuid();
        }
    }
}

namespace MerchantPortal.Domain.Banking;

/// <summary>
/// Micro-deposit verification of the settlement account (打款验证): the bank remits a random amount between
/// ¥0.01 and ¥0.99, the applicant types it back. Wrong tries up to the allowed number lock it; it expires after
/// its lifetime; a new deposit replaces the old one. Amounts are whole fen, never floating point. The number of
/// tries and the lifetime are settings: the lifetime is fixed when the deposit is sent, the tries are counted
/// against the number allowed at each confirmation.
/// </summary>
public sealed class MicroDeposit
{
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

    public int AttemptsLeft(int maxAttempts) => Math.Max(0, maxAttempts - FailedAttempts);

    public static MicroDeposit Send(Guid applicationId, string accountFingerprint, int amountFen, DateTime nowUtc, TimeSpan lifetime)
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
            ExpiresAtUtc = nowUtc + lifetime,
            Status = MicroDepositStatus.Pending,
            Version = Guid.NewGuid(),
        };
    }

    public bool IsExpired(DateTime nowUtc) => Status == MicroDepositStatus.Pending && nowUtc >= ExpiresAtUtc;

    public ConfirmationResult Confirm(int typedFen, DateTime nowUtc, int maxAttempts)
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
        // Fewer tries may be allowed now than when the wrong ones were typed: none left means locked, even for the right amount.
        if (FailedAttempts >= maxAttempts)
        {
            Status = MicroDepositStatus.Locked;
            return ConfirmationResult.Locked;
        }

        if (typedFen == AmountFen)
        {
            Status = MicroDepositStatus.Verified;
            VerifiedAtUtc = nowUtc;
            return ConfirmationResult.Verified;
        }

        FailedAttempts++;
        if (FailedAttempts >= maxAttempts)
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

using MerchantPortal.Domain.Banking;

namespace MerchantPortal.Features.Banking;

/// <summary>The verification as the applicant sees it, for the account currently saved in step 4.</summary>
public sealed record MicroDepositView(MicroDepositStatus? Status, DateTime? SentAtUtc, DateTime? ExpiresAtUtc, int AttemptsLeft, bool Expired)
{
    public bool IsVerified => Status == MicroDepositStatus.Verified;
}

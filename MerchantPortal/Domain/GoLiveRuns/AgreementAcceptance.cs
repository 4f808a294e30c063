namespace MerchantPortal.Domain.GoLiveRuns;

/// <summary>
/// An applicant's acceptance of the merchant agreement and of one platform's fee rate, for one enrollment: who,
/// when, which agreement version, and the fee text exactly as shown (the catalogue's text may change later).
/// </summary>
public sealed class AgreementAcceptance
{
    public const int MaxFeeRateLength = 500;

    private AgreementAcceptance()
    {
    }

    public AgreementAcceptance(Guid enrollmentId, string agreementVersion, string agreementSha256, string feeRateZh, string feeRateEn, string culture, string userId, DateTime nowUtc)
    {
        EnrollmentId = enrollmentId;
        AgreementVersion = agreementVersion;
        AgreementSha256 = agreementSha256;
        FeeRateZh = feeRateZh;
        FeeRateEn = feeRateEn;
        Culture = culture;
        AcceptedByUserId = userId;
        AcceptedAtUtc = nowUtc;
    }

    public long Id { get; private set; }

    public Guid EnrollmentId { get; private set; }

    public string AgreementVersion { get; private set; } = "";

    /// <summary>SHA-256 of the agreement's text in both languages as shown, so the version's words can be proven later.</summary>
    public string AgreementSha256 { get; private set; } = "";

    public string FeeRateZh { get; private set; } = "";

    public string FeeRateEn { get; private set; } = "";

    /// <summary>The language the applicant read it in.</summary>
    public string Culture { get; private set; } = "";

    public string AcceptedByUserId { get; private set; } = "";

    public DateTime AcceptedAtUtc { get; private set; }
}

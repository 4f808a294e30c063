namespace MerchantPortal.Domain.Dossiers;

/// <summary>
/// The record of one onboarding dossier handed out: what its QR code's HMAC must match, and the SHA-256 of the
/// exact PDF bytes, so a copy can later be shown to be the original. The organization's name is kept as
/// printed, so the public verification page names the organization the reader sees on paper.
/// </summary>
public sealed class IssuedDossier
{
    public const int MaxCultureLength = 16;

    private IssuedDossier()
    {
    }

    public IssuedDossier(Guid id, Guid applicationId, Guid organizationId, string organizationName, string issuedByUserId, DateTime issuedAtUtc,
        string hmac, string pdfSha256, string culture)
    {
        Id = id;
        ApplicationId = applicationId;
        OrganizationId = organizationId;
        OrganizationName = organizationName;
        IssuedByUserId = issuedByUserId;
        IssuedAtUtc = issuedAtUtc;
        Hmac = hmac;
        PdfSha256 = pdfSha256;
        Culture = culture;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public string IssuedByUserId { get; private set; } = "";

    public DateTime IssuedAtUtc { get; private set; }

    /// <summary>HMAC-SHA256 over the dossier's canonical content, base64url without padding (what the QR code carries).</summary>
    public string Hmac { get; private set; } = "";

    /// <summary>SHA-256 of the PDF as handed out, lower-case hex.</summary>
    public string PdfSha256 { get; private set; } = "";

    /// <summary>The language the dossier was written in.</summary>
    public string Culture { get; private set; } = "";
}

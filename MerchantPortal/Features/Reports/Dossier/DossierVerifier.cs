using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// Answers the anonymous verification page: is this dossier id with this HMAC one the portal issued, and is an
/// uploaded PDF byte for byte the one handed out. An unknown id and a wrong HMAC get the same answer, after the
/// same constant-time comparison, so the page tells nobody which dossier ids exist. Nothing here is audited:
/// the checks change nothing, and anonymous visitors must not be able to fill the audit trail.
/// </summary>
public sealed class DossierVerifier(IDbContextFactory<PortalDbContext> dbFactory)
{
    /// <summary>An issued dossier is well under a megabyte; anything much larger is not one.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    private const int HmacLength = 43;
    private static readonly byte[] Absent = new byte[HmacLength];

    public async Task<DossierVerification?> CheckAsync(Guid dossierId, string? hmac) =>
        await FindAsync(dossierId, hmac) is { } found ? new DossierVerification(found.OrganizationName, found.IssuedAtUtc) : null;

    /// <summary>Null when the dossier is not genuine; otherwise whether <paramref name="pdf"/> is the PDF issued.</summary>
    public async Task<bool?> MatchesAsync(Guid dossierId, string? hmac, byte[] pdf)
    {
        if (await FindAsync(dossierId, hmac) is not { } found)
        {
            return null;
        }

        var uploaded = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        return CryptographicOperations.FixedTimeEquals(uploaded, Encoding.ASCII.GetBytes(found.PdfSha256));
    }

    private async Task<(string OrganizationName, DateTime IssuedAtUtc, string PdfSha256)?> FindAsync(Guid dossierId, string? hmac)
    {
        if (hmac is not { Length: HmacLength })
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var dossier = await db.IssuedDossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new { d.OrganizationName, d.IssuedAtUtc, d.Hmac, d.PdfSha256 }).SingleOrDefaultAsync();
        var expected = dossier is null ? Absent : Encoding.ASCII.GetBytes(dossier.Hmac);
        var genuine = CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(hmac)) && dossier is not null;
        return genuine ? (dossier!.OrganizationName, dossier.IssuedAtUtc, dossier.PdfSha256) : null;
    }
}

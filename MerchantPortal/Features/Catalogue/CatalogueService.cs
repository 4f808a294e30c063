using FluentValidation;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Platforms;
using MerchantPortal.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Catalogue;

/// <summary>
/// Admins' changes to the platforms: the comparison facts the wizard shows, and whether new applicants may choose a
/// platform. Each change is read and saved inside the audit trail's gate, so its entry records the values it replaced.
/// </summary>
public sealed class CatalogueService(IDbContextFactory<PortalDbContext> dbFactory, AuditTrail audit, PlatformCatalogue catalogue, IValidator<PlatformInput> validator)
{
    public const string AuditAction = "catalogue.platform";
    public const string AuditSubject = "Platform";

    public async Task<IReadOnlyList<PaymentPlatform>> ListAsync(string userId)
    {
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await CatalogueGuard.EnsureAdminAsync(db, userId);
        }

        return await catalogue.ListAsync();
    }

    public async Task UpdateAsync(string userId, PlatformInput input)
    {
        await validator.ValidateAndThrowAsync(input);
        await ChangeAsync(userId, input.Code, platform =>
        {
            var before = PlatformInput.From(platform);
            input.ApplyTo(platform);
            return Changes(before, PlatformInput.From(platform));
        });
    }

    /// <summary>Opening a platform whose protocol is not built is refused; closing one leaves the applications that chose it as they are.</summary>
    public Task SetAvailableAsync(string userId, string code, bool available) =>
        ChangeAsync(userId, code, platform =>
        {
            var before = platform.IsAvailable;
            platform.SetAvailable(available, catalogue.HasProtocol(code));
            return before == available ? [] : [new { field = nameof(PaymentPlatform.IsAvailable), old = (object)before, @new = (object)available }];
        });

    private async Task ChangeAsync(string userId, string code, Func<PaymentPlatform, IReadOnlyList<object>> change)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await CatalogueGuard.EnsureAdminAsync(db, userId);
        await audit.SaveWithAsync(db, async () =>
        {
            var platform = await db.Platforms.SingleOrDefaultAsync(p => p.Code == code) ?? throw new DomainException(DomainErrors.PlatformUnknown);
            var changes = change(platform);
            return changes.Count == 0 ? null : new AuditRecord(userId, AuditAction, AuditSubject, code, new { code, changes });
        });
    }

    // Field by field, each text with both languages, so the entry says exactly what the comparison showed before.
    private static IReadOnlyList<object> Changes(PlatformInput before, PlatformInput after) =>
    [
        .. Change("Name", (before.NameZh, before.NameEn), (after.NameZh, after.NameEn)),
        .. Change("Audience", (before.AudienceZh, before.AudienceEn), (after.AudienceZh, after.AudienceEn)),
        .. Change("Scenarios", before.Scenarios.ToString(), after.Scenarios.ToString()),
        .. Change("FeeRate", (before.FeeRateZh, before.FeeRateEn), (after.FeeRateZh, after.FeeRateEn)),
        .. Change("Settlement", (before.SettlementZh, before.SettlementEn), (after.SettlementZh, after.SettlementEn)),
        .. Change("Requirements", (before.RequirementsZh, before.RequirementsEn), (after.RequirementsZh, after.RequirementsEn)),
    ];

    private static IEnumerable<object> Change<T>(string field, T before, T after) where T : notnull =>
        EqualityComparer<T>.Default.Equals(before, after) ? [] : [new { field, old = Json(before), @new = Json(after) }];

    private static object Json<T>(T value) where T : notnull =>
        value is ValueTuple<string, string> text ? new { zh = text.Item1, en = text.Item2 } : value;
}

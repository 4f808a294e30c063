using System.Text.Json;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Catalogue;

/// <summary>Every catalogue change is an audit entry saying what it replaced; a change that changes nothing writes none.</summary>
public class CatalogueAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<List<(string? Actor, string SubjectId, JsonElement Details)>> EntriesAsync(string action)
    {
        await using var db = await factory.CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).Select(e => new { e.ActorUserId, e.SubjectId, e.Details }).ToListAsync();
        return [.. entries.Select(e => (e.ActorUserId, e.SubjectId, JsonDocument.Parse(e.Details).RootElement.Clone()))];
    }

    [Fact]
    public async Task EditingAPlatform_RecordsTheFieldsChanged_WithOldAndNewTextsInBothLanguages()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        await factory.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<CatalogueService>();
            var input = PlatformInput.From((await service.ListAsync(admin.Id)).Single(p => p.Code == "alipay"));
            (input.FeeRateZh, input.FeeRateEn) = ("0.6% 起", "From 0.6%");
            await service.UpdateAsync(admin.Id, input);
            // Saved again unchanged: nothing to record.
            await service.UpdateAsync(admin.Id, input);
            return true;
        });

        // The tests share one portal: another may have opened and closed a platform meanwhile.
        var entry = Assert.Single(await EntriesAsync(CatalogueService.AuditAction), e => e.SubjectId == "alipay");
        Assert.Equal((admin.Id, "alipay"), (entry.Actor, entry.SubjectId));
        var change = Assert.Single(entry.Details.GetProperty("changes").EnumerateArray());
        Assert.Equal("FeeRate", change.GetProperty("field").GetString());
        Assert.Equal("0.38%–0.6%", change.GetProperty("old").GetProperty("zh").GetString());
        Assert.Equal("From 0.6%", change.GetProperty("new").GetProperty("en").GetString());
        var platforms = await factory.WithServicesAsync(sp => sp.GetRequiredService<PlatformCatalogue>().ListAsync());
        Assert.Equal("0.6% 起", platforms.Single(p => p.Code == "alipay").FeeRate.Zh);
    }

    [Fact]
    public async Task PublishingRules_RecordsTheNewVersion_AndTheRulesAddedAndRemoved()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        var version = await factory.WithServicesAsync(async sp =>
        {
            var rules = sp.GetRequiredService<RuleSetService>();
            var set = await rules.CurrentAsync(admin.Id);
            set.Rules.RemoveAll(r => r.Document == DocumentKind.TaxRegistration);
            set.Rules.Add(new RequirementRuleInput { Document = DocumentKind.InteriorPhoto, PlatformCodes = ["wechatpay"] });
            return await rules.PublishAsync(admin.Id, set);
        });

        var entry = (await EntriesAsync(RuleSetService.AuditAction)).Single(e => e.SubjectId == version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(admin.Id, entry.Actor);
        Assert.Equal(version, entry.Details.GetProperty("version").GetInt32());
        Assert.Equal(version - 1, entry.Details.GetProperty("basedOn").GetInt32());
        Assert.Equal(["InteriorPhoto; platforms=wechatpay; subjects=*; industries=*; scenes=*; corporateAccountOnly=False; contactNotLegalRepresentativeOnly=False"],
            entry.Details.GetProperty("added").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("TaxRegistration;", Assert.Single(entry.Details.GetProperty("removed").EnumerateArray()).GetString());
        Assert.True((await factory.Services.GetRequiredService<AuditTrail>().VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task OpeningAndClosing_AreRecorded_ARefusalIsNot()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        await factory.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<CatalogueService>();
            await service.SetAvailableAsync(admin.Id, "wechatpay", false);
            await service.SetAvailableAsync(admin.Id, "wechatpay", true);
            await Assert.ThrowsAsync<Domain.DomainException>(() => service.SetAvailableAsync(admin.Id, "jdpay", true));
            return true;
        });

        var entries = (await EntriesAsync(CatalogueService.AuditAction)).Where(e => e.Details.GetProperty("changes")[0].GetProperty("field").GetString() == "IsAvailable").ToList();
        Assert.Equal(["wechatpay", "wechatpay"], entries.Select(e => e.SubjectId));
        Assert.Equal([false, true], entries.Select(e => e.Details.GetProperty("changes")[0].GetProperty("new").GetBoolean()));
    }
}

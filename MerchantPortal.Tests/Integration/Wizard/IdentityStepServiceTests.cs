using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using MerchantPortal.Tests.Unit.Wizard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Wizard;

public class IdentityStepServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task Do(Func<IServiceProvider, Task> action) => factory.WithServicesAsync(async sp => { await action(sp); return true; });

    private async Task<(TestAccount Owner, Guid ApplicationId)> ReadyForIdentityAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner, new PlatformsStepInput { PlatformCodes = ["alipay"], Online = true });
        return (owner, id);
    }

    [Fact]
    public async Task WithoutConsent_NothingSensitiveIsTaken_NotEvenADraft()
    {
        var (owner, id) = await ReadyForIdentityAsync();

        var draft = await Assert.ThrowsAsync<DomainException>(() => Do(sp => sp.GetRequiredService<IdentityStepService>().SaveDraftAsync(owner.Id, id, IdentityStepInputValidatorTests.Valid())));
        var save = await Assert.ThrowsAsync<DomainException>(() => Do(sp => sp.GetRequiredService<IdentityStepService>().CompleteAsync(owner.Id, id, IdentityStepInputValidatorTests.Valid())));

        Assert.Equal(DomainErrors.ConsentMissing, draft.Code);
        Assert.Equal(DomainErrors.ConsentMissing, save.Code);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.WizardDrafts.AnyAsync(d => d.ApplicationId == id));
    }

    [Fact]
    public async Task AfterConsent_TheStepIsStoredEncrypted_ShownMasked_AndReadBackByMembers()
    {
        var (owner, id) = await ReadyForIdentityAsync();
        var identity = factory.Services.CreateScope().ServiceProvider.GetRequiredService<IdentityStepService>();
        await identity.GiveConsentAsync(owner.Id, id);
        var input = IdentityStepInputValidatorTests.Valid();
        input.LegalName = "";

        await identity.CompleteAsync(owner.Id, id, input);

        await using var db = await factory.CreateDbContextAsync();
        var profile = await db.ApplicationProfiles.AsNoTracking().SingleAsync(p => p.ApplicationId == id);
        Assert.DoesNotContain("11010519491231002X", profile.ProtectedIdentity);
        Assert.DoesNotContain("1402021209100012345", profile.ProtectedIdentity);
        Assert.Equal(("1101**********002X", "***************2345"), (profile.Identity!.IdNumberMasked, profile.Identity.AccountNumberMasked));
        var consent = await db.PrivacyConsents.SingleAsync(c => c.ApplicationId == id);
        Assert.Equal((owner.Id, IdentityStepService.NoticeVersion), (consent.UserId, consent.NoticeVersion));
        Assert.Equal("11010519491231002X", (await identity.ReadAsync(owner.Id, id))!.IdNumber);

        // Reopened, the numbers come back masked; saving them unchanged keeps the saved numbers.
        var reopened = IdentityStepInput.From((await identity.ReadAsync(owner.Id, id))!);
        reopened.BankBranch = "福州台江支行";
        await identity.CompleteAsync(owner.Id, id, reopened);
        var saved = (await identity.ReadAsync(owner.Id, id))!;
        Assert.Equal(("11010519491231002X", "1402021209100012345", "福州台江支行"), (saved.IdNumber, saved.AccountNumber, saved.BankBranch));
    }

    [Fact]
    public async Task AnotherOrganizationsMember_CannotReadIt()
    {
        var (owner, id) = await ReadyForIdentityAsync();
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);

        var error = await Assert.ThrowsAsync<DomainException>(() => Do(sp => sp.GetRequiredService<IdentityStepService>().ReadAsync(stranger.Id, id)));

        Assert.Equal(DomainErrors.ApplicationNotFound, error.Code);
    }
}

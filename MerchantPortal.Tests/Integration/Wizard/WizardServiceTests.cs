using FluentValidation;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using MerchantPortal.Tests.Unit.Wizard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Wizard;

public class WizardServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<T> Use<T>(Func<WizardService, Task<T>> action) =>
        factory.WithServicesAsync(sp => action(sp.GetRequiredService<WizardService>()));

    private Task Do(Func<WizardService, Task> action) => Use(async s => { await action(s); return true; });

    private async Task<(TestAccount Owner, Guid ApplicationId)> StartedAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await factory.WithServicesAsync(sp => sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value));
        return (owner, id);
    }

    private static PlatformsStepInput Platforms() => new() { PlatformCodes = ["wechatpay", "alipay"], InStore = true };

    [Fact]
    public async Task CompletingSteps_SavesThem_MovesTheMachineOnce_AndResumesAtTheNextStep()
    {
        var (owner, id) = await StartedAsync();

        await Do(s => s.CompletePlatformsAsync(owner.Id, id, Platforms()));
        await Do(s => s.CompleteEnterpriseAsync(owner.Id, id, EnterpriseStepInputTests.Valid()));
        // Reopening a completed step and saving it again moves nothing.
        await Do(s => s.CompletePlatformsAsync(owner.Id, id, new PlatformsStepInput { PlatformCodes = ["alipay"], Online = true }));

        var view = await Use(s => s.GetAsync(owner.Id, owner.OrganizationId!.Value));
        Assert.Equal(ApplicationState.UploadingDocuments, view!.State);
        Assert.Equal(WizardStep.Documents, view.ResumeStep);
        Assert.Equal(["alipay"], view.Platforms!.PlatformCodes);
        Assert.Equal(Scenes.Online, view.Platforms.Scenes);
        Assert.Equal("91350100M000100Y43", view.Enterprise!.CreditCode);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(3, await db.ApplicationTransitions.CountAsync(t => t.ApplicationId == id));
    }

    [Fact]
    public async Task Draft_IsStoredEncrypted_AndReadBackWhole()
    {
        var (owner, id) = await StartedAsync();
        await Do(s => s.CompletePlatformsAsync(owner.Id, id, Platforms()));
        var typed = new EnterpriseStepInput { LegalName = "厦门未完成的公司", CreditCode = "9135" };

        await Do(s => s.SaveDraftAsync(owner.Id, id, WizardStep.Enterprise, typed));

        await using var db = await factory.CreateDbContextAsync();
        Assert.DoesNotContain("厦门", (await db.WizardDrafts.SingleAsync(d => d.ApplicationId == id)).ProtectedContent);
        var view = await Use(s => s.GetAsync(owner.Id, owner.OrganizationId!.Value));
        var draft = await Use(s => Task.FromResult(s.ReadDraft<EnterpriseStepInput>(view!, WizardStep.Enterprise)));
        Assert.Equal(("厦门未完成的公司", "9135"), (draft!.LegalName, draft.CreditCode));
    }

    [Fact]
    public async Task InvalidStep_IsRefusedOnTheServer_AndNothingMoves()
    {
        var (owner, id) = await StartedAsync();

        await Assert.ThrowsAsync<ValidationException>(() => Do(s => s.CompletePlatformsAsync(owner.Id, id,
            new PlatformsStepInput { PlatformCodes = ["applepay"], InStore = true })));

        var view = await Use(s => s.GetAsync(owner.Id, owner.OrganizationId!.Value));
        Assert.Equal(ApplicationState.ChoosingPlatforms, view!.State);
    }

    [Fact]
    public async Task AnotherOrganizationsMember_CannotLoadOrChangeTheApplication()
    {
        var (owner, id) = await StartedAsync();
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);

        Assert.Null(await Use(s => s.GetAsync(stranger.Id, owner.OrganizationId!.Value)));
        var error = await Assert.ThrowsAsync<DomainException>(() => Do(s => s.CompletePlatformsAsync(stranger.Id, id, Platforms())));
        Assert.Equal(DomainErrors.ApplicationNotFound, error.Code);
    }

    [Fact]
    public async Task CreditCode_OfAnotherOrganizationsSubmittedApplication_IsRefused_ButAWithdrawnOnesIsNot()
    {
        var (first, firstId) = await StartedAsync();
        var details = EnterpriseStepInputTests.Valid();
        details.CreditCode = "9144030071526726XG";
        await Do(s => s.CompletePlatformsAsync(first.Id, firstId, Platforms()));
        await Do(s => s.CompleteEnterpriseAsync(first.Id, firstId, details));
        var (second, secondId) = await StartedAsync();
        await Do(s => s.CompletePlatformsAsync(second.Id, secondId, Platforms()));

        // Under way but not yet submitted: no conflict.
        await Do(s => s.CompleteEnterpriseAsync(second.Id, secondId, details));

        await WizardSeed.IdentityAsync(factory, first, firstId);
        await WizardSeed.DocumentsAsync(factory, first, firstId);
        await WizardSeed.VerifiedAccountAsync(factory, first, firstId);
        await factory.WithServicesAsync(sp => sp.GetRequiredService<SubmissionService>().SubmitAsync(first.Id, firstId, declarationAccepted: true));
        var error = await Assert.ThrowsAsync<DomainException>(() => Do(s => s.CompleteEnterpriseAsync(second.Id, secondId, details)));
        Assert.Equal(DomainErrors.CreditCodeInUse, error.Code);

        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ApplicationService>().WithdrawAsync(first.Id, firstId, null);
            return true;
        });
        await Do(s => s.CompleteEnterpriseAsync(second.Id, secondId, details));
    }
}

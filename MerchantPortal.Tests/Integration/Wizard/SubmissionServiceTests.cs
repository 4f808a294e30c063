using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Wizard;

public class SubmissionServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(TestAccount Owner, Guid ApplicationId)> CompleteAsync(bool verified)
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        await WizardSeed.IdentityAsync(factory, owner, id);
        await WizardSeed.DocumentsAsync(factory, owner, id);
        if (verified)
        {
            await WizardSeed.VerifiedAccountAsync(factory, owner, id);
        }

        return (owner, id);
    }

    private Task<bool> SubmitAsync(TestAccount owner, Guid id, bool declaration = true) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<SubmissionService>().SubmitAsync(owner.Id, id, declaration));

    [Fact]
    public async Task DoubleSubmit_InParallel_HasExactlyOneEffect()
    {
        var (owner, id) = await CompleteAsync(verified: true);

        var results = await Task.WhenAll(SubmitAsync(owner, id), SubmitAsync(owner, id));

        Assert.Single(results, r => r);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(ApplicationState.Submitted, (await db.Applications.SingleAsync(a => a.Id == id)).State);
        Assert.Equal(1, await db.ApplicationTransitions.CountAsync(t => t.ApplicationId == id && t.Trigger == ApplicationTrigger.Submit));
        Assert.False(await SubmitAsync(owner, id));
        Assert.NotNull((await db.ApplicationProfiles.SingleAsync(p => p.ApplicationId == id)).SubmittedRequirements);
    }

    [Fact]
    public async Task WithoutAVerifiedAccount_SubmissionIsRefusedByItsGuard()
    {
        var (owner, id) = await CompleteAsync(verified: false);

        var error = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync(owner, id));

        Assert.Equal((DomainErrors.GuardFailed, "BankAccountVerified"), (error.Code, error.Args[1]));
    }

    [Fact]
    public async Task WithoutTheDeclaration_NothingHappens()
    {
        var (owner, id) = await CompleteAsync(verified: true);

        var error = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync(owner, id, declaration: false));

        Assert.Equal(DomainErrors.DeclarationRequired, error.Code);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(ApplicationState.ReadyToSubmit, (await db.Applications.SingleAsync(a => a.Id == id)).State);
    }
}

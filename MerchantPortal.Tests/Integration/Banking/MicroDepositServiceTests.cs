using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Banking;
using MerchantPortal.Features.Banking;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Banking;

/// <summary>Each test has its own portal: the clock is moved forward and must not disturb the others.</summary>
public class MicroDepositServiceTests
{
    private static async Task<(PortalFactory Portal, TestAccount Owner, Guid ApplicationId, MicroDepositService Deposits)> ReadyAsync()
    {
        var portal = new PortalFactory();
        var owner = await portal.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(portal, owner);
        await WizardSeed.IdentityAsync(portal, owner, id);
        return (portal, owner, id, portal.Services.CreateScope().ServiceProvider.GetRequiredService<MicroDepositService>());
    }

    private static async Task<string> StatementAmountAsync(MicroDepositService deposits, TestAccount owner, Guid id)
    {
        var line = (await deposits.StatementAsync(owner.Id, id))[0];
        Assert.Equal(MicroDepositService.Reference, line.Reference);
        return (line.AmountFen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task TheAmountOnTheSandboxStatement_Verifies()
    {
        var (portal, owner, id, deposits) = await ReadyAsync();
        await using var _ = portal;
        await deposits.RequestAsync(owner.Id, id);

        var statementLine = (await deposits.StatementAsync(owner.Id, id)).Single();
        Assert.Equal("***************2345", statementLine.AccountMasked);
        Assert.Equal(ConfirmationResult.Verified, await deposits.ConfirmAsync(owner.Id, id, await StatementAmountAsync(deposits, owner, id)));
        Assert.True((await deposits.StatusAsync(owner.Id, id)).IsVerified);
    }

    [Fact]
    public async Task WrongAmountThreeTimes_Locks()
    {
        var (portal, owner, id, deposits) = await ReadyAsync();
        await using var _ = portal;
        await deposits.RequestAsync(owner.Id, id);
        var right = await StatementAmountAsync(deposits, owner, id);
        var wrong = right == "0.01" ? "0.02" : "0.01";

        Assert.Equal(ConfirmationResult.Wrong, await deposits.ConfirmAsync(owner.Id, id, wrong));
        Assert.Equal(ConfirmationResult.Wrong, await deposits.ConfirmAsync(owner.Id, id, wrong));
        Assert.Equal(ConfirmationResult.Locked, await deposits.ConfirmAsync(owner.Id, id, wrong));
        Assert.Equal(ConfirmationResult.Locked, await deposits.ConfirmAsync(owner.Id, id, right));
        Assert.Equal(MicroDepositStatus.Locked, (await deposits.StatusAsync(owner.Id, id)).Status);
    }

    [Fact]
    public async Task AfterTenDays_TheDepositHasExpired()
    {
        var (portal, owner, id, deposits) = await ReadyAsync();
        await using var _ = portal;
        await deposits.RequestAsync(owner.Id, id);
        var right = await StatementAmountAsync(deposits, owner, id);

        portal.Clock.Advance(TimeSpan.FromDays(BankingSettings.DepositExpiryDays.Default));

        Assert.True((await deposits.StatusAsync(owner.Id, id)).Expired);
        Assert.Equal(ConfirmationResult.Expired, await deposits.ConfirmAsync(owner.Id, id, right));
    }

    [Fact]
    public async Task ANewDeposit_ReplacesTheOld_AndIsRateLimited()
    {
        var (portal, owner, id, deposits) = await ReadyAsync();
        await using var _ = portal;
        await deposits.RequestAsync(owner.Id, id);

        var tooSoon = await Assert.ThrowsAsync<DomainException>(() => deposits.RequestAsync(owner.Id, id));
        Assert.Equal(DomainErrors.DepositRateLimited, tooSoon.Code);
        portal.Clock.Advance(MicroDepositService.MinInterval);
        await deposits.RequestAsync(owner.Id, id);

        await using var db = await portal.CreateDbContextAsync();
        var all = await db.MicroDeposits.Where(d => d.ApplicationId == id).OrderBy(d => d.SentAtUtc).ToListAsync();
        Assert.Equal([MicroDepositStatus.Replaced, MicroDepositStatus.Pending], all.Select(d => d.Status));
        var newest = await StatementAmountAsync(deposits, owner, id);
        Assert.Equal(ConfirmationResult.Verified, await deposits.ConfirmAsync(owner.Id, id, newest));
    }

    [Fact]
    public async Task AnotherOrganizationsApplicant_CannotSeeTheStatementOrConfirm()
    {
        var (portal, owner, id, deposits) = await ReadyAsync();
        await using var _ = portal;
        await deposits.RequestAsync(owner.Id, id);
        var stranger = await portal.CreateAccountAsync(PortalRoles.Applicant);

        Assert.Equal(DomainErrors.ApplicationNotFound, (await Assert.ThrowsAsync<DomainException>(() => deposits.StatementAsync(stranger.Id, id))).Code);
        await Assert.ThrowsAsync<DomainException>(() => deposits.ConfirmAsync(stranger.Id, id, "0.37"));
    }
}

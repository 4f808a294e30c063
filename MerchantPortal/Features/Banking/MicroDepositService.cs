using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Banking;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Infrastructure.Banking;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Banking;

/// <summary>
/// Verifies the settlement account saved in step 4 by micro-deposit. New deposits are rate-limited (one a
/// minute, five a day) and replace the previous one; a change of account needs a new deposit. The lifetime and
/// the tries come from the settings as they are when a deposit is sent and when it is confirmed.
/// </summary>
public sealed class MicroDepositService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IdentityStepService identity,
    WizardStepWriter writer,
    IBankTransfers bank,
    SettingsStore settings,
    TimeProvider clock)
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);
    public const int MaxPerDay = 5;
    public const string Reference = "MerchantPortal 打款验证 / account verification";

    public async Task RequestAsync(string userId, Guid applicationId)
    {
        var account = await identity.ReadAsync(userId, applicationId) ?? throw new DomainException(DomainErrors.AccountFirst);
        await using var db = await dbFactory.CreateDbContextAsync();
        await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Identity);
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = await db.MicroDeposits.Where(d => d.ApplicationId == applicationId && d.SentAtUtc > now.AddDays(-1)).ToListAsync();
        if (recent.Any(d => now - d.SentAtUtc < MinInterval) || recent.Count >= MaxPerDay)
        {
            throw new DomainException(DomainErrors.DepositRateLimited);
        }

        var open = await db.MicroDeposits.Where(d => d.ApplicationId == applicationId
            && (d.Status == MicroDepositStatus.Pending || d.Status == MicroDepositStatus.Locked)).ToListAsync();
        open.ForEach(d => d.Replace());
        var lifetime = TimeSpan.FromDays(await settings.GetAsync(BankingSettings.DepositExpiryDays));
        var deposit = MicroDeposit.Send(applicationId, Fingerprint(account), RandomNumberGenerator.GetInt32(1, 100), now, lifetime);
        db.MicroDeposits.Add(deposit);
        await db.SaveChangesOrConflictAsync();
        try
        {
            await bank.RemitAsync(applicationId, account.AccountNumber, deposit.AmountFen, Reference);
        }
        catch (DomainException)
        {
            // Nothing was sent, so nothing may be waiting for confirmation.
            deposit.Replace();
            await db.SaveChangesAsync();
            throw;
        }
    }

    public async Task<ConfirmationResult> ConfirmAsync(string userId, Guid applicationId, string typedAmount)
    {
        if (!YuanAmount.TryParseFen(typedAmount, out var fen))
        {
            throw new DomainException(DomainErrors.AmountUnreadable);
        }

        var account = await identity.ReadAsync(userId, applicationId) ?? throw new DomainException(DomainErrors.AccountFirst);
        await using var db = await dbFactory.CreateDbContextAsync();
        await writer.EditableApplicationAsync(db, userId, applicationId, WizardStep.Identity);
        var deposit = await CurrentAsync(db, applicationId, Fingerprint(account)) ?? throw new DomainException(DomainErrors.NoDeposit);
        var result = deposit.Confirm(fen, clock.GetUtcNow().UtcDateTime, await settings.GetAsync(BankingSettings.DepositTries));
        await db.SaveChangesOrConflictAsync();
        return result;
    }

    public async Task<MicroDepositView> StatusAsync(string userId, Guid applicationId)
    {
        var account = await identity.ReadAsync(userId, applicationId);
        await using var db = await dbFactory.CreateDbContextAsync();
        var deposit = account is null ? null : await CurrentAsync(db, applicationId, Fingerprint(account));
        if (deposit is null)
        {
            return new MicroDepositView(null, null, null, 0, false);
        }

        // A pending deposit without tries left (fewer allowed since) reads as locked, as its next confirmation would make it.
        var left = deposit.AttemptsLeft(await settings.GetAsync(BankingSettings.DepositTries));
        var status = deposit.Status == MicroDepositStatus.Pending && left == 0 ? MicroDepositStatus.Locked : deposit.Status;
        return new MicroDepositView(status, deposit.SentAtUtc, deposit.ExpiresAtUtc, left, deposit.IsExpired(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The sandbox bank's statement for this application's account, newest first (members only).</summary>
    public async Task<IReadOnlyList<SandboxBankTransfer>> StatementAsync(string userId, Guid applicationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await WizardStepWriter.MemberApplicationAsync(db, userId, applicationId);
        return await db.SandboxBankTransfers.AsNoTracking().Where(t => t.ApplicationId == applicationId)
            .OrderByDescending(t => t.AtUtc).ToListAsync();
    }

    /// <summary>The newest deposit to the account now saved; deposits to an earlier account do not count.</summary>
    private static Task<MicroDeposit?> CurrentAsync(PortalDbContext db, Guid applicationId, string fingerprint) =>
        db.MicroDeposits.Where(d => d.ApplicationId == applicationId && d.AccountFingerprint == fingerprint && d.Status != MicroDepositStatus.Replaced)
            .OrderByDescending(d => d.SentAtUtc).FirstOrDefaultAsync();

    private static string Fingerprint(IdentityDetails account) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{account.AccountType}|{account.AccountName}|{account.AccountNumber}")));
}

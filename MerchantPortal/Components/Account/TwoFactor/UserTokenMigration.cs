using MerchantPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Components.Account.TwoFactor;

/// <summary>At start-up, encrypts authenticator keys and recovery codes still stored in plain text by earlier versions.</summary>
public sealed class UserTokenMigration(IDbContextFactory<PortalDbContext> dbFactory, UserTokenProtector protector, ILogger<UserTokenMigration> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plain = await db.UserTokens
            .Where(t => t.LoginProvider == UserTokenProtector.IdentityProvider && t.Value != null && !t.Value.StartsWith(UserTokenProtector.Prefix))
            .ToListAsync(cancellationToken);
        foreach (var token in plain)
        {
            token.Value = protector.Protect(token.Value);
        }

        if (plain.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Encrypted {Count} authenticator keys and recovery-code sets stored in plain text.", plain.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using MerchantPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.Sandbox;

/// <summary>Writes the sandbox's request log, each row in its own save so a failed request still leaves its trace.</summary>
public sealed class SandboxRequestLog(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, ILogger<SandboxRequestLog> logger)
{
    public async Task RecordAsync(Guid credentialsId, string endpoint, string? subject, bool accepted, string result, SandboxReason? reason, string? detail)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            db.Add(new SandboxRequest(credentialsId, endpoint, subject, accepted, result, reason, detail, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The answer matters more than its log line.
            logger.LogWarning(e, "A sandbox request could not be logged.");
        }
    }
}

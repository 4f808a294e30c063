using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Documents;

/// <summary>
/// Removes files the database does not know (an upload that died between writing the file and saving its
/// row, or a leftover temporary file) once they are older than a grace period, so a file being saved
/// right now is never touched.
/// </summary>
public sealed class OrphanDocumentJanitor(
    IDbContextFactory<PortalDbContext> dbFactory, DocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<OrphanDocumentJanitor> logger)
    : BackgroundService
{
    private TimeSpan Grace => TimeSpan.FromMinutes(configuration.GetValue("Documents:OrphanGraceMinutes", 60));

    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Grace;
        var old = store.Files().Where(f => f.LastWriteUtc < cutoff).Select(f => f.Name).ToList();
        if (old.Count == 0)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Message attachments live in the same store.
        var known = (await db.Documents.Where(d => old.Contains(d.StoredName)).Select(d => d.StoredName)
            .Concat(db.MessageAttachments.Where(a => old.Contains(a.StoredName)).Select(a => a.StoredName))
            .ToListAsync(cancellationToken)).ToHashSet();
        var orphans = old.Where(name => !known.Contains(name)).ToList();
        orphans.ForEach(store.Delete);
        return orphans.Count;
    }

    /// <summary>Before anything is served: temporary files belong to uploads of a process that is gone.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var removed = store.RemoveTemporaryFiles();
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} temporary upload files left by an earlier run.", removed);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                var removed = await SweepAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} orphan document files.", removed);
                }
            }
            catch (Exception e) when (e is IOException or DbUpdateException or InvalidOperationException)
            {
                logger.LogWarning(e, "The orphan document sweep failed; it runs again in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Settings;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Features.Settings;

/// <summary>
/// Saves an admin's change of a setting together with its audit entry: the key with the old and new value (none of
/// them is secret), or for a list the items removed and added, which keeps long lists' entries short. The value is read and replaced inside the audit trail's gate, so two admins changing the same
/// setting at once cannot base a change, or its recorded old value, on what the other has just replaced.
/// </summary>
public sealed class SettingsWriter(IDbContextFactory<PortalDbContext> dbFactory, AuditTrail audit, TimeProvider clock)
{
    public const string AuditAction = "settings.change";
    public const string AuditSubject = "Setting";

    public Task SetAsync<T>(string userId, SettingDefinition<T> setting, T value) => UpdateAsync(userId, setting, _ => Task.FromResult(value));

    /// <summary>Builds the new value from the one stored now; <paramref name="change"/> may refuse by throwing.</summary>
    public async Task UpdateAsync<T>(string userId, SettingDefinition<T> setting, Func<T, Task<T>> change)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await EnsureAdminAsync(db, userId);
        await audit.SaveWithAsync(db, async () =>
        {
            var value = await change(await SettingsStore.ReadAsync(db, setting));
            return await SettingsStore.StageAsync(db, setting, value, clock.GetUtcNow().UtcDateTime) is { } staged
                ? new AuditRecord(userId, AuditAction, AuditSubject, staged.Key, Details(staged))
                : null;
        });
    }

    /// <summary>The settings pages' services check the role again, whatever page called them.</summary>
    public async Task EnsureAdminAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await EnsureAdminAsync(db, userId);
    }

    private static async Task EnsureAdminAsync(PortalDbContext db, string userId)
    {
        if (!await StaffGuard.IsAdminAsync(db, userId))
        {
            throw new DomainException(DomainErrors.NotAdmin);
        }
    }

    // Kept as JSON values, not strings inside a string, so the trail reads {"key":"…","old":3,"new":5}.
    private static object Details(SettingChange change)
    {
        var before = change.BeforeJson is null ? (JsonElement?)null : JsonDocument.Parse(change.BeforeJson).RootElement.Clone();
        var after = JsonDocument.Parse(change.AfterJson).RootElement.Clone();
        if (before is not { ValueKind: JsonValueKind.Array } old || after.ValueKind != JsonValueKind.Array)
        {
            return new { key = change.Key, old = before, @new = after };
        }

        var oldItems = old.EnumerateArray().ToList();
        var newItems = after.EnumerateArray().ToList();
        var oldTexts = oldItems.Select(i => i.GetRawText()).ToHashSet();
        var newTexts = newItems.Select(i => i.GetRawText()).ToHashSet();
        return new
        {
            key = change.Key,
            removed = oldItems.Where(i => !newTexts.Contains(i.GetRawText())).ToList(),
            added = newItems.Where(i => !oldTexts.Contains(i.GetRawText())).ToList(),
        };
    }
}

using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Infrastructure.Settings;

/// <summary>
/// Settings kept in the database, so admins change them without a deployment or a restart. Each is read when
/// used (one row by key), never cached; a key that is missing reads as its default, and start-up seeds every
/// default once.
/// </summary>
public sealed class SettingsStore(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(SettingDefinition<T> setting)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await ReadAsync(db, setting);
    }

    public async Task SetAsync<T>(SettingDefinition<T> setting, T value)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await StageAsync(db, setting, value, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    /// <summary>Reads a setting through <paramref name="db"/>, so a change can read and write in one transaction.</summary>
    public static async Task<T> ReadAsync<T>(PortalDbContext db, SettingDefinition<T> setting)
    {
        var json = await db.Settings.Where(s => s.Key == setting.Key).Select(s => s.ValueJson).SingleOrDefaultAsync();
        return json is null ? setting.Default : JsonSerializer.Deserialize<T>(json, Json) ?? setting.Default;
    }

    /// <summary>Puts <paramref name="value"/> into <paramref name="db"/>'s pending changes, unsaved; null when it is what is stored already.</summary>
    public static async Task<SettingChange?> StageAsync<T>(PortalDbContext db, SettingDefinition<T> setting, T value, DateTime nowUtc)
    {
        var json = JsonSerializer.Serialize(value, Json);
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == setting.Key);
        if (row is null)
        {
            db.Settings.Add(new PortalSetting(setting.Key, json, nowUtc));
            return new SettingChange(setting.Key, null, json);
        }

        if (row.ValueJson == json)
        {
            return null;
        }

        var before = row.ValueJson;
        row.Replace(json, nowUtc);
        return new SettingChange(setting.Key, before, json);
    }

    /// <summary>Writes the default of every setting not stored yet; stored values are never overwritten.</summary>
    public async Task SeedAsync(IEnumerable<ISettingDefinition> settings)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var stored = await db.Settings.Select(s => s.Key).ToListAsync();
        foreach (var setting in settings.Where(s => !stored.Contains(s.Key)))
        {
            db.Settings.Add(new PortalSetting(setting.Key, JsonSerializer.Serialize(setting.Default, setting.Default.GetType(), Json), clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync();
    }
}

using MerchantPortal.Features.Documents;
using MerchantPortal.Infrastructure.Settings;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Settings;

/// <summary>Documents:MaxFileBytes in the configuration seeds the upload limit of a new installation.</summary>
public class UploadLimitSeedTests
{
    private sealed class ConfiguredPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(UploadSettings.ConfigurationKey, (3 * UploadSettings.Megabyte).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task TheConfiguredLimit_SeedsTheSetting()
    {
        await using var portal = new ConfiguredPortal();

        var limit = await portal.Services.GetRequiredService<SettingsStore>().GetAsync(UploadSettings.MaxFileBytes);

        Assert.Equal(3 * UploadSettings.Megabyte, limit);
    }

    [Fact]
    public async Task WithoutConfiguration_TenMegabytesAreStored()
    {
        await using var portal = new PortalFactory();
        await using var db = await portal.CreateDbContextAsync();

        var stored = await db.Settings.Where(s => s.Key == UploadSettings.MaxFileBytes.Key).Select(s => s.ValueJson).SingleAsync();

        Assert.Equal("10485760", stored);
    }
}

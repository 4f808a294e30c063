using Microsoft.AspNetCore.Hosting;

namespace MerchantPortal.Tests.Support;

/// <summary>The portal with a few settings of the test's own (small limits, short waits).</summary>
public sealed class SettingsPortalFactory(params (string Key, string Value)[] settings) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The portal's documents folder (under its throw-away data folder), for files a test plants before start.</summary>
    public string DocumentsDirectory => Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(MailDirectory)!, "documents")).FullName;
}

using Microsoft.AspNetCore.Hosting;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// The portal on a data folder the test owns (so a second portal can restart on it), in the environment and with
/// the settings the test chooses. The folder outlives the factory: the test deletes it.
/// </summary>
public sealed class ConfiguredPortalFactory(string dataDirectory, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    : PortalFactory
{
    public string DataDirectory => dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        builder.UseSetting("Portal:DataDirectory", dataDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}

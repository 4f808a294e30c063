using MerchantPortal.Features.Catalogue;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Catalogue;

public class PlatformCatalogueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Catalogue_IsSeededFromThePlatformFolders_OnlyAlipayAndWeChatPaySelectable()
    {
        var platforms = await factory.WithServicesAsync(sp => sp.GetRequiredService<PlatformCatalogue>().ListAsync());

        Assert.Equal(["alipay", "wechatpay", "applepay", "jdpay", "baiduwallet"], platforms.Select(p => p.Code));
        Assert.Equal(["alipay", "wechatpay"], platforms.Where(p => p.IsAvailable).Select(p => p.Code));
        Assert.Equal(("支付宝", "Alipay"), (platforms[0].Name.Zh, platforms[0].Name.En));
        Assert.All(platforms, p => Assert.False(string.IsNullOrEmpty(p.Requirements.For("en"))));
    }

    [Fact]
    public async Task SeedingAgain_AddsNothingTwice()
    {
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<PlatformCatalogue>().SeedDefaultsAsync();
            return true;
        });

        var platforms = await factory.WithServicesAsync(sp => sp.GetRequiredService<PlatformCatalogue>().ListAsync());
        Assert.Equal(5, platforms.Count);
    }
}

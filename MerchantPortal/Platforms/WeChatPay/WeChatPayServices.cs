using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Sandbox;

namespace MerchantPortal.Platforms.WeChatPay;

public static class WeChatPayServices
{
    public static IServiceCollection AddWeChatPay(this IServiceCollection services)
    {
        services.AddSingleton<ICredentialProfile, WeChatPayCredentialProfile>();
        services.AddSingleton<WeChatPayPlatformSigner>();
        services.AddSingleton<WeChatPayNotifications>();
        services.AddSingleton<ICallbackPolicy, WeChatPayCallbackPolicy>();
        services.AddScoped<WeChatPaySandboxOrders>();
        services.AddScoped<WeChatPaySandboxRefunds>();
        services.AddScoped<WeChatPayGateway>();
        services.AddScoped<ISandboxPayer, WeChatPaySandboxPayer>();
        return services;
    }
}

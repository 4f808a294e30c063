using MerchantPortal.Components.Account;
using MerchantPortal.Components;
using MerchantPortal.Data;
using MerchantPortal.Features.Audit;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Dashboard.Exports;
using MerchantPortal.Features.SampleMerchant;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Localization;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Features.Organizations;
using MerchantPortal.Features.Reports.Dossier;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Hosting;
using MerchantPortal.Platforms.Alipay.Sandbox;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.WeChatPay.Sandbox;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Settings;
using Microsoft.AspNetCore.Localization;

namespace MerchantPortal.Extensions;

public static class PortalPipelineExtensions
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DatabaseMigrator.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformCatalogue>().SeedDefaultsAsync();
        await scope.ServiceProvider.GetRequiredService<RequirementsService>().SeedDefaultsAsync();
        await scope.ServiceProvider.GetRequiredService<SettingsStore>().SeedAsync(
            [.. ReviewSettings.All, .. NotificationSettings.All, .. BankingSettings.All, UploadSettings.SeededFrom(app.Configuration)]);
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // First, so everything after it sees the scheme and caller address the proxy received (SecureTransport).
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();

        // Pages get the friendly "not found" page; API and file endpoints keep their bare status codes.
        app.UseWhen(context => !ApiPaths.IsApi(context.Request.Path),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(PortalCultures.Default)
                .AddSupportedCultures([.. PortalCultures.Supported])
                .AddSupportedUICultures([.. PortalCultures.Supported]);
            // zh-CN is the default whatever the browser asks for; only an explicit choice (the cookie) changes it.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseAntiforgery();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapCultureSwitch();
        app.MapMembersCsv();
        app.MapAuditCsv();
        app.MapDashboardExports();
        app.MapDocumentEndpoints();
        app.MapPrivateKeyDownload();
        app.MapDossierEndpoints();
        // The sandbox gateways answer only where the sandbox is on: the default and demo set-ups, never production unless configured.
        if (app.Configuration.GetValue<bool>(SandboxServices.EnabledKey))
        {
            app.MapAlipaySandbox();
            app.MapWeChatPaySandbox();
            app.MapSampleMerchant();
        }
        return app;
    }
}

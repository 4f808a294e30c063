using System.Globalization;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Settings;

namespace MerchantPortal.Features.Dashboard.Exports;

/// <summary>Reads the dashboard's view for the filter (as an admin), draws it, and records who took which report.</summary>
public sealed class PeriodReportWriter(DashboardService dashboard, PeriodReport report, PlatformCatalogue catalogue, SettingsStore settings, AuditTrail audit)
{
    public async Task<byte[]> RenderAsync(string userId, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var view = await dashboard.GetAsync(userId, filter, cancellationToken);
        var platforms = await catalogue.NamesAsync();
        var reasons = ReviewSettings.ReasonTexts(await settings.GetAsync(ReviewSettings.RejectionReasons));
        string PlatformName(string code) => platforms.GetValueOrDefault(code, code);
        var pdf = report.Render(view, DashboardLinks.Scope(filter, PlatformName), PlatformName, code => reasons.GetValueOrDefault(code, code));
        await audit.AppendAsync(new AuditRecord(userId, "report.period", "Dashboard", filter.ToQueryString(), new { format = "pdf", bytes = pdf.Length, culture = CultureInfo.CurrentUICulture.Name }));
        return pdf;
    }
}

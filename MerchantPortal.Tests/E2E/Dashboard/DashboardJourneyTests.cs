using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Dashboard;
using MerchantPortal.Features.Demo;
using MerchantPortal.Resources;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace MerchantPortal.Tests.E2E.Dashboard;

/// <summary>
/// An admin on a portal holding the demo data: the dashboard, narrowed to Alipay, a figure's list, then the period
/// report (read back: its Chinese headings and the dashboard's own figures) and the applications CSV (its columns,
/// and a row for each application the dashboard counted).
/// </summary>
[Collection(BrowserCollection.Name)]
public class DashboardJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_Filters_DrillsDown_AndDownloadsThePeriodReportAndACsv()
    {
        await using var portal = new RealServerPortalFactory();
        await portal.WithServicesAsync(sp => sp.GetRequiredService<DemoSeeder>().SeedAsync());
        var admin = await portal.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.ServerAddress, ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.SignInAsync(admin);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("运营看板");
        // Six organizations, seven applications: Shanghai withdrew one and started again.
        await Assertions.Expect(page.Locator("[data-testid=kpi-started]")).ToHaveTextAsync("7");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-zh-CN.png"));

        // Narrowed to Alipay: the demo's Hangzhou (in review), Shenzhen (awaiting confirmation) and Xiamen (approved) cases,
        // and Shanghai's first application, withdrawn.
        await page.Locator("[data-testid=filter-platform]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "支付宝", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "支付宝", Exact = true })).ToBeHiddenAsync();
        await page.Locator("[data-testid=filter-apply]").ClickAsync();
        // The dashboard navigates within the circuit (no page load): watch the address itself.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("platform=alipay"));
        await Assertions.Expect(page.Locator("[data-testid=kpi-started]")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("[data-testid=kpi-approved]")).ToHaveTextAsync("1");
        var kpis = await KpisAsync(page);

        await page.Locator("[data-testid=kpi-approved]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/applications\\?.*metric=Approved"));
        await Assertions.Expect(page.Locator("[data-testid=list-total]")).ToContainTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=dashboard-list]")).ToContainTextAsync("厦门示例超市有限公司（演示）");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-list-zh-CN.png"));
        await page.Locator("[data-testid=list-back]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin\\?.*platform=alipay"));
        await page.WaitForCircuitAsync();

        var pdf = await DownloadAsync(page, "export-period-pdf");
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            foreach (var heading in new[] { "商户进件期间报告", "关键指标", "各状态的申请（当前）", "转化漏斗", "主要驳回原因", "平台分布", "每日趋势", "支付宝" })
            {
                Assert.Contains(heading, text);
            }

            foreach (var (label, value) in kpis)
            {
                Assert.Contains(value + label[..Math.Min(4, label.Length)], text);
            }
        }

        var csv = await DownloadAsync(page, "export-applications");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var rows = ReadCsv(csv);
        Assert.Equal(["申请编号", "单位", "主体名称", "统一社会信用代码", "主体类型", "行业", "支付平台", "状态", "到达的最远步骤", "开始时间", "首次提交时间", "审核结论", "结论时间", "提交至结论（小时）", "上线时间"], rows[0]);
        Assert.Equal(4, rows.Count - 1);
        Assert.All(rows.Skip(1), row => Assert.Contains("alipay", row[6]));
        await Assertions.Expect(page.Locator("[data-testid=export-result]")).ToHaveTextAsync("已保存 4 行。");

        await page.Locator("[data-testid=language-switch]").ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");
        await page.ScreenshotWholeAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-en.png"));
        await context.CloseAsync();
    }

    /// <summary>Each key figure's label and value as the dashboard shows them.</summary>
    private static async Task<IReadOnlyList<(string Label, string Value)>> KpisAsync(IPage page)
    {
        using var culture = new CultureScope("zh-CN");
        var figures = new List<(string, string)>();
        foreach (var kpi in KpiFigure.Of(new DashboardKpis(0, 0, 0, 0, 0, 0, 0, null, null)))
        {
            figures.Add((kpi.Label, (await page.Locator($"[data-testid=kpi-{kpi.Id}]").InnerTextAsync()).Trim()));
        }

        return figures;
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string item)
    {
        await page.Locator("[data-testid=export-menu] button").ClickAsync();
        IDownload download;
        try
        {
            download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-testid={item}]").ClickAsync(), new() { Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            // Say what the page reported instead (a refusal, a missing font), so the failure explains itself.
            throw new TimeoutException($"No download of {item}; the page says: {await page.Locator("body").InnerTextAsync()}", e);
        }

        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        try
        {
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}

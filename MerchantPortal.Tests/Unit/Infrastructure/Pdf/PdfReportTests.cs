using System.Globalization;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.Options;
using QRCoder;
using UglyToad.PdfPig;

namespace MerchantPortal.Tests.Unit.Infrastructure.Pdf;

public class PdfReportTests
{
    private const string VerifyUrl = "https://portal.example/verify/dossier/6f1c2a?h=Zm9vYmFy";
    private const double QrSize = 96;
    private const int TableRows = 90;

    [Fact]
    public void ToArray_ChineseAndEnglishReport_ReadsBackExactly()
    {
        using var culture = new CultureScope("zh-CN");

        using var document = PdfDocument.Open(Report());

        var texts = document.GetPages().Select(page => page.Text).ToList();
        var all = string.Concat(texts);
        Assert.Contains("商户进件月报", all);
        Assert.Contains("Monthly onboarding report", all);
        Assert.Contains("审核概况", all);
        Assert.Contains("Review overview", all);
        Assert.Contains("统一社会信用代码", all);
        Assert.Contains("91350100M000100Y43", all);
        Assert.Contains("测试单位089 有限公司", all);
        Assert.Contains("资料不全", all);
    }

    [Fact]
    public void ToArray_TableSpanningPages_RepeatsItsHeaderAndNumbersEveryPage()
    {
        using var culture = new CultureScope("zh-CN");

        using var document = PdfDocument.Open(Report());

        var pages = document.GetPages().ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        var withRows = pages.Where(page => page.Text.Contains("测试单位")).ToList();
        Assert.True(withRows.Count >= 2, "the table spans pages");
        Assert.All(withRows, page => Assert.Contains("单位名称", page.Text));
        Assert.All(pages, page => Assert.Contains($"第 {page.Number} 页，共 {pages.Count} 页", page.Text));
    }

    [Fact]
    public void ToArray_InEnglish_NumbersPagesInEnglish()
    {
        using var culture = new CultureScope("en");

        using var document = PdfDocument.Open(Report());

        Assert.Contains($"Page 1 of {document.NumberOfPages}", document.GetPage(1).Text);
    }

    [Fact]
    public void ToArray_EmbedsOnlyTheGlyphsUsed_SoTheFileStaysSmall()
    {
        using var culture = new CultureScope("zh-CN");

        Assert.InRange(Report().Length, 1_000, 250_000);
    }

    [Fact]
    public void QrCode_DrawsExactlyTheDarkModulesOfItsPayload()
    {
        using var culture = new CultureScope("zh-CN");
        using var document = PdfDocument.Open(Report());
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(VerifyUrl, QRCodeGenerator.ECCLevel.M);
        var module = QrSize / data.ModuleMatrix.Count;

        var squares = document.GetPage(document.NumberOfPages).Paths
            .Where(path => path.IsFilled)
            .Select(path => path.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(box => Math.Abs(box.Width - module) < 0.2 && Math.Abs(box.Height - module) < 0.2)
            .ToList();
        var left = squares.Min(box => box.Left);
        var top = squares.Max(box => box.Top);
        var drawn = squares.Select(box => ((int)Math.Round((box.Left - left) / module), (int)Math.Round((top - box.Top) / module))).ToHashSet();

        var expected = Dark(data);
        var (minColumn, minRow) = (expected.Min(m => m.Column), expected.Min(m => m.Row));
        Assert.Equal(expected.Select(m => (m.Column - minColumn, m.Row - minRow)).ToHashSet(), drawn);
    }

    [Fact]
    public void Printable_ASpaceTheFontLacks_PrintsAsAPlainSpace()
    {
        PdfFonts.EnsureInstalled(null);

        // .NET writes English times with U+202F, which WenQuanYi Micro Hei has no glyph for.
        Assert.Equal("3:36 PM", PdfFonts.Printable("3:36\u202FPM"));
        Assert.Equal("商户 门户", PdfFonts.Printable("商户 门户"));
    }

    [Fact]
    public void Wrap_ChineseBreaksAnywhere_LatinOnlyAtSpaces()
    {
        static double Measure(string s) => s.Length;

        Assert.Equal(["商户进件", "门户。"], TextWrapper.Wrap("商户进件门户。", 4, Measure));
        Assert.Equal(["merchant", "portal"], TextWrapper.Wrap("merchant portal", 10, Measure));
        Assert.Equal(["abcdef", "ghij"], TextWrapper.Wrap("abcdefghij", 6, Measure));
        Assert.Equal(["审核 review", "通过"], TextWrapper.Wrap("审核 review通过", 9, Measure));
    }

    private static List<(int Column, int Row)> Dark(QRCodeData data) =>
        [.. data.ModuleMatrix.SelectMany((row, y) => Enumerable.Range(0, row.Count).Where(x => row[x]).Select(x => (x, y)))];

    private static byte[] Report()
    {
        var factory = new PdfReportFactory(Options.Create(new ReportOptions()));
        using var report = factory.Create("商户进件门户 MerchantPortal", "2026-11-26 10:00");
        report.Title("商户进件月报 Monthly onboarding report");
        report.Heading("审核概况");
        report.Heading("Review overview");
        report.Paragraph(string.Concat(Enumerable.Repeat("本报告汇总了本期的进件、审核与上线情况。This report sums up applications, reviews and go-lives. ", 6)));
        report.KpiTiles([new("已提交 Submitted", "1,204"), new("已通过 Approved", "980"), new("已驳回 Rejected", "87"), new("中位审核时长", "5.2 h"), new("SLA 超时", "3")]);
        report.KeyValues([new("企业名称", "测试科技有限公司"), new("统一社会信用代码", "91350100M000100Y43")]);
        report.Table(
            [new PdfColumn("单位名称", 3), new PdfColumn("Platform"), new PdfColumn("金额 Amount", 1, AlignRight: true)],
            Enumerable.Range(0, TableRows).Select(i => (IReadOnlyList<string>)[$"测试单位{i:000} 有限公司", i % 2 == 0 ? "支付宝 Alipay" : "微信支付 WeChat Pay", (i * 12.5m).ToString("N2", CultureInfo.CurrentCulture)]));
        report.Subheading("驳回原因 Rejection reasons");
        report.BarChart([new("资料不全", 42, "42"), new("Licence expired", 17, "17"), new("信息不一致", 5, "5")]);
        var days = Enumerable.Range(1, 30).Select(d => new TrendPoint($"11-{d:00}", (d * 7) % 23)).ToList();
        report.TrendChart(days, TrendChartKind.Columns);
        report.TrendChart(days, TrendChartKind.Line);
        report.NewPage();
        report.QrCode(VerifyUrl, QrSize, "扫码验证本档案 Scan to verify this dossier");
        return report.ToArray();
    }
}

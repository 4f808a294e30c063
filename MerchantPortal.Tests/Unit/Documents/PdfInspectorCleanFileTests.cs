using System.Text;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Tests.Unit.Documents;

/// <summary>What must pass (the portal's own reports, plain scans) and what is not a PDF at all.</summary>
public class PdfInspectorCleanFileTests
{
    [Fact]
    public void Check_ReportMadeByPdfSharp_IsAccepted()
    {
        using var culture = new CultureScope("zh-CN");
        var factory = new PdfReportFactory(Options.Create(new ReportOptions()));
        using var report = factory.Create("商户进件门户 MerchantPortal", "2026-12-06 10:00");
        report.Title("商户进件月报 Monthly onboarding report");
        report.Paragraph("本报告汇总了本期的进件、审核与上线情况。This report sums up applications and reviews.");
        report.KeyValues([new("企业名称", "测试科技有限公司"), new("统一社会信用代码", "91350100M000100Y43")]);
        report.BarChart([new("资料不全", 42, "42"), new("Licence expired", 17, "17")]);
        report.NewPage();
        report.QrCode("https://portal.example/verify/dossier/6f1c2a", 96, "扫码验证本档案 Scan to verify");

        Assert.Equal(UploadProblem.None, Check(report.ToArray()));
    }

    [Fact]
    public void Check_ScanWithJpegPage_IsAccepted()
    {
        var jpeg = DocumentCorpus.Jpeg(200, 150);
        var pdf = new PdfBuilder();
        var image = pdf.AddEncodedStream("/Type /XObject /Subtype /Image /Width 200 /Height 150 /ColorSpace /DeviceRGB"
            + " /BitsPerComponent 8 /Filter /DCTDecode", jpeg);
        var content = pdf.AddStream("", Encoding.Latin1.GetBytes("q 200 0 0 150 0 0 cm /Im0 Do Q"), ["FlateDecode"]);
        pdf.SetPage($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 150] /Resources << /XObject << /Im0 {image} 0 R >> >>"
            + $" /Contents {content} 0 R >>");

        Assert.Equal(UploadProblem.None, Check(pdf.Build()));
    }

    [Fact]
    public void Check_CorpusPdfs_KeepTheirVerdicts()
    {
        Assert.Equal(UploadProblem.None, Check(DocumentCorpus.Pdf()));
        Assert.Equal(UploadProblem.None, Check(DocumentCorpus.UniquePdf()));
        Assert.Equal(UploadProblem.None, Check(DocumentCorpus.LargePdf(200)));
        Assert.Equal(UploadProblem.None, Check(DocumentCorpus.Pdf("[3 0 R /Fit]")));
        Assert.Equal(UploadProblem.PdfActiveContent, Check(DocumentCorpus.PdfWithJavaScript()));
        Assert.Equal(UploadProblem.PdfActiveContent, Check(DocumentCorpus.PdfWithEscapedJavaScriptName()));
        Assert.Equal(UploadProblem.PdfActiveContent, Check(DocumentCorpus.PdfWithLaunchAction()));
        Assert.Equal(UploadProblem.PdfActiveContent, Check(DocumentCorpus.PdfWithEmbeddedFile()));
    }

    [Fact]
    public void Check_CrossReferenceStreamWithPngPredictor_IsAccepted() =>
        Assert.Equal(UploadProblem.None, Check(PdfInspectorEncryptionTests.Fixture("qpdf-object-streams.pdf")));

    [Theory]
    [InlineData("%PDF-1.7\n")]
    [InlineData("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")]
    [InlineData("%PDF-1.4\n\u0000\u00ff\u0013garbage")]
    public void Check_NotAUsablePdf_IsCorruptWithoutThrowing(string text) =>
        Assert.Equal(UploadProblem.PdfCorrupt, Check(Encoding.Latin1.GetBytes(text)));

    [Fact]
    public void Check_ObjectStreamThatCannotBeDecoded_IsCorrupt()
    {
        var pdf = new PdfBuilder("/Extra 4 0 R") { ObjectStreamData = [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF] };
        pdf.Add("<< /Producer (x) >>", compressed: true);

        Assert.Equal(UploadProblem.PdfCorrupt, Check(pdf.Build()));
    }

    [Fact]
    public void Check_StrayCharactersInAsciiHex_DoNotHideWhatFollows()
    {
        var pdf = new PdfBuilder();
        pdf.AddEncodedStream("/Filter /ASCIIHexDecode", Encoding.Latin1.GetBytes("2F zz 4A xx 53 20>"));

        Assert.Equal(UploadProblem.PdfActiveContent, Check(pdf.Build()));
    }

    [Fact]
    public void Check_UnknownFilter_IsCorrupt()
    {
        var pdf = new PdfBuilder();
        pdf.AddEncodedStream("/Filter /MadeUpDecode", [1, 2, 3]);

        Assert.Equal(UploadProblem.PdfCorrupt, Check(pdf.Build()));
    }

    [Fact]
    public void Inspect_CleanPdf_KeepsItsBytes()
    {
        var pdf = DocumentCorpus.Pdf();

        var result = PdfInspector.Inspect(pdf);

        Assert.Equal((UploadProblem.None, DocumentFormat.Pdf), (result.Problem, result.Format));
        Assert.Equal(pdf, result.Content);
    }

    private static UploadProblem Check(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return PdfInspector.Check(stream);
    }
}

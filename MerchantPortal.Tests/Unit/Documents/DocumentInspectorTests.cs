using System.Text;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Documents;

public class DocumentInspectorTests
{
    public static TheoryData<string, UploadProblem> Hostile() => new()
    {
        { nameof(DocumentCorpus.ExeRenamed), UploadProblem.NotAllowedType },
        { nameof(DocumentCorpus.HtmlRenamed), UploadProblem.NotAllowedType },
        { nameof(DocumentCorpus.PngBomb), UploadProblem.ImageTooManyPixels },
        { nameof(DocumentCorpus.TruncatedJpeg), UploadProblem.ImageTruncated },
        { nameof(DocumentCorpus.PdfWithJavaScript), UploadProblem.PdfActiveContent },
        { nameof(DocumentCorpus.PdfWithEscapedJavaScriptName), UploadProblem.PdfActiveContent },
        { nameof(DocumentCorpus.PdfWithLaunchAction), UploadProblem.PdfActiveContent },
        { nameof(DocumentCorpus.PdfWithEmbeddedFile), UploadProblem.PdfActiveContent },
    };

    private static readonly Dictionary<string, Func<byte[]>> Files = new()
    {
        [nameof(DocumentCorpus.ExeRenamed)] = DocumentCorpus.ExeRenamed,
        [nameof(DocumentCorpus.HtmlRenamed)] = DocumentCorpus.HtmlRenamed,
        [nameof(DocumentCorpus.PngBomb)] = DocumentCorpus.PngBomb,
        [nameof(DocumentCorpus.TruncatedJpeg)] = DocumentCorpus.TruncatedJpeg,
        [nameof(DocumentCorpus.PdfWithJavaScript)] = DocumentCorpus.PdfWithJavaScript,
        [nameof(DocumentCorpus.PdfWithEscapedJavaScriptName)] = DocumentCorpus.PdfWithEscapedJavaScriptName,
        [nameof(DocumentCorpus.PdfWithLaunchAction)] = DocumentCorpus.PdfWithLaunchAction,
        [nameof(DocumentCorpus.PdfWithEmbeddedFile)] = DocumentCorpus.PdfWithEmbeddedFile,
    };

    private static byte[] Make(string name) => Files[name]();

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileFiles_AreRefusedWithTheirReason(string file, UploadProblem problem) =>
        Assert.Equal(problem, DocumentInspector.Inspect(Make(file)).Problem);

    [Fact]
    public void EmptyFile_IsRefused() => Assert.Equal(UploadProblem.Empty, DocumentInspector.Inspect([]).Problem);

    [Fact]
    public void ValidPdf_IsKeptByteForByte()
    {
        var pdf = DocumentCorpus.Pdf();

        var result = DocumentInspector.Inspect(pdf);

        Assert.Equal((UploadProblem.None, DocumentFormat.Pdf, "application/pdf"), (result.Problem, result.Format, result.ContentType));
        Assert.Equal(pdf, result.Content);
    }

    [Fact]
    public void Jpeg_IsReEncoded_WithoutItsExifBlock()
    {
        var original = DocumentCorpus.JpegWithExif();
        Assert.Contains("GPSLatitude", Encoding.Latin1.GetString(original));

        var result = DocumentInspector.Inspect(original);

        Assert.Equal((UploadProblem.None, DocumentFormat.Jpeg), (result.Problem, result.Format));
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(result.Content!));
        Assert.DoesNotContain("GPSLatitude", Encoding.Latin1.GetString(result.Content!));
    }

    [Fact]
    public void Png_IsAccepted() =>
        Assert.Equal((UploadProblem.None, DocumentFormat.Png), (DocumentInspector.Inspect(DocumentCorpus.Png()).Problem, DocumentInspector.Inspect(DocumentCorpus.Png()).Format));
}

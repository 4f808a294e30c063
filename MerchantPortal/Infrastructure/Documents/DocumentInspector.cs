namespace MerchantPortal.Infrastructure.Documents;

/// <summary>
/// Decides what an upload is from its bytes (PDF, JPEG, PNG, nothing else) and checks it as that. Runs only in
/// the inspection worker process (<see cref="Isolation.InspectionWorker"/>), never in the portal.
/// </summary>
public static class DocumentInspector
{
    public const long DefaultMaxPixels = 40_000_000;

    public static InspectionResult Inspect(byte[] content, long maxPixels = DefaultMaxPixels)
    {
        if (content.Length == 0)
        {
            return InspectionResult.Refused(UploadProblem.Empty);
        }

        return Sniff(content) switch
        {
            DocumentFormat.Pdf => PdfVerdict(content),
            DocumentFormat.Jpeg => ImageInspector.Inspect(content, DocumentFormat.Jpeg, maxPixels),
            DocumentFormat.Png => ImageInspector.Inspect(content, DocumentFormat.Png, maxPixels),
            _ => InspectionResult.Refused(UploadProblem.NotAllowedType),
        };
    }

    /// <summary>The format the first bytes prove, or null for anything else.</summary>
    public static DocumentFormat? Sniff(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(8, content.Length)];
        if (head.StartsWith("%PDF-"u8))
        {
            return DocumentFormat.Pdf;
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return DocumentFormat.Jpeg;
        }

        return head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? DocumentFormat.Png : null;
    }

    /// <summary>The one place the PDF check is called (docs/decisions/0018-pdf-inspection.md).</summary>
    public static UploadProblem CheckPdf(Stream pdf) => PdfInspector.Check(pdf);

    private static InspectionResult PdfVerdict(byte[] content) =>
        CheckPdf(new MemoryStream(content, writable: false)) is var problem && problem != UploadProblem.None
            ? InspectionResult.Refused(problem)
            : new InspectionResult(UploadProblem.None, DocumentFormat.Pdf, content);
}

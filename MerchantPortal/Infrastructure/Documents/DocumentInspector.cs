namespace MerchantPortal.Infrastructure.Documents;

/// <summary>Decides what an upload is from its bytes (PDF, JPEG, PNG, nothing else) and checks it as that.</summary>
public static class DocumentInspector
{
    public const long DefaultMaxPixels = 40_000_000;

    public static InspectionResult Inspect(byte[] content, long maxPixels = DefaultMaxPixels)
    {
        if (content.Length == 0)
        {
            return InspectionResult.Refused(UploadProblem.Empty);
        }

        var head = content.AsSpan(0, Math.Min(8, content.Length));
        if (head.StartsWith("%PDF-"u8))
        {
            return PdfInspector.Inspect(content);
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ImageInspector.Inspect(content, DocumentFormat.Jpeg, maxPixels);
        }

        return head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })
            ? ImageInspector.Inspect(content, DocumentFormat.Png, maxPixels)
            : InspectionResult.Refused(UploadProblem.NotAllowedType);
    }
}

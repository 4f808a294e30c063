namespace MerchantPortal.Infrastructure.Documents;

/// <summary>
/// An inspected upload: either a problem, or the bytes to store (images re-encoded without metadata,
/// PDFs exactly as uploaded).
/// </summary>
public sealed record InspectionResult(UploadProblem Problem, DocumentFormat? Format = null, byte[]? Content = null)
{
    public static InspectionResult Refused(UploadProblem problem) => new(problem);

    public string ContentType => Format switch
    {
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Jpeg => "image/jpeg",
        DocumentFormat.Png => "image/png",
        _ => "application/octet-stream",
    };

    public string Extension => Format switch
    {
        DocumentFormat.Pdf => ".pdf",
        DocumentFormat.Jpeg => ".jpg",
        DocumentFormat.Png => ".png",
        _ => "",
    };
}

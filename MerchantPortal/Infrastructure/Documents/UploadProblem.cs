namespace MerchantPortal.Infrastructure.Documents;

/// <summary>Why an upload was refused; each has a message in the user's language (UploadText).</summary>
public enum UploadProblem
{
    None,
    Empty,
    TooLarge,
    NotAllowedType,
    ImageTooManyPixels,
    ImageCorrupt,
    ImageTruncated,
    PdfCorrupt,
    PdfActiveContent,
    PdfEncrypted,
    PdfXfa,
    PdfTooComplex,
    BadFileName,
    /// <summary>The isolated check died, was killed (memory, time) or answered nonsense: refused, never accepted unchecked.</summary>
    CheckFailed,
    /// <summary>Every inspection slot stayed taken for the whole queue wait.</summary>
    Busy,
}

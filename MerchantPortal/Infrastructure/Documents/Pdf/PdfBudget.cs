namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// What one PDF may cost to check. A real document's streams decode to a few megabytes (scans are JPEG, which is not
/// decoded); a bomb declares gigabytes in a few kilobytes. Once any limit is passed the budget stays exceeded, so no
/// further decoding happens even if the PDF library catches the exception and tries another way.
/// </summary>
internal sealed class PdfBudget
{
    /// <summary>
    /// Decoded bytes of one stream: a 4,000 × 4,000 RGB lossless image is 48 MB; more is not a paper document.
    /// </summary>
    public const long MaxStreamBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Decoded bytes of the whole file, all streams and filter stages together: bounds time (~1 s) and work.
    /// </summary>
    public const long MaxFileBytes = 200L * 1024 * 1024;

    /// <summary>
    /// Decoded bytes the PDF library keeps (cross-reference and object streams, parsed into tokens that stay cached,
    /// several times their size): a 500-page book holds a few megabytes; as much as an upload may be, no more.
    /// </summary>
    public const long MaxHeldBytes = 32L * 1024 * 1024;

    /// <summary>Objects: a 300-page report has a few thousand; the limit bounds the parser's tables.</summary>
    public const int MaxObjects = 200_000;

    /// <summary>Nesting of arrays and dictionaries; real files nest a handful deep.</summary>
    public const int MaxDepth = 64;

    private long fileBytes;
    private long objects;
    private long held;

    public bool Exceeded { get; private set; }

    /// <summary>
    /// A cross-reference stream named an /Encrypt dictionary: when the file then fails to open (its object streams
    /// are ciphertext to a reader without the password) it is reported as encrypted, not as corrupt.
    /// </summary>
    public bool EncryptionDeclared { get; set; }

    public void ThrowIfExceeded()
    {
        if (Exceeded)
        {
            throw new PdfBudgetExceededException();
        }
    }

    public void ChargeBytes(long bytes)
    {
        fileBytes += bytes;
        if (fileBytes > MaxFileBytes)
        {
            Exceed();
        }
    }

    /// <summary>How much more the library may be given to keep.</summary>
    public long HeldRemaining => MaxHeldBytes - held;

    public void ChargeHeld(long bytes)
    {
        held += bytes;
        if (held > MaxHeldBytes)
        {
            Exceed();
        }
    }

    public void ChargeObjects(long count)
    {
        objects += count;
        if (count < 0 || objects > MaxObjects)
        {
            Exceed();
        }
    }

    public void Exceed()
    {
        Exceeded = true;
        throw new PdfBudgetExceededException();
    }
}

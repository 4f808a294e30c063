namespace MerchantPortal.Infrastructure.Documents;

/// <summary>The only formats accepted, decided by the content, never by the name or the declared type.</summary>
public enum DocumentFormat
{
    Pdf,
    Jpeg,
    Png,
}

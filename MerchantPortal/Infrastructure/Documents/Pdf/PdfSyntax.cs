namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>The PDF character classes (ISO 32000-1, 7.2.2): white space and delimiters end a name.</summary>
internal static class PdfSyntax
{
    public static bool IsWhiteSpace(int b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(int b) => b is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
}

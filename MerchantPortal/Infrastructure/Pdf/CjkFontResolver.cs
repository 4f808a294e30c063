using PdfSharp.Fonts;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// Resolves every family and style to the one CJK face: reports need a single font that has both Latin and
/// Chinese glyphs, and the fonts found have no separate bold face, so PDFsharp simulates bold and italic.
/// </summary>
internal sealed class CjkFontResolver(byte[] face) : IFontResolver
{
    private const string FaceName = "PortalCjk";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

    public byte[] GetFont(string faceName) => face;
}

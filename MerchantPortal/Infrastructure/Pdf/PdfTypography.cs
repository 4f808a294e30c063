using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>The report's fonts, all of the one CJK face in Unicode encoding (what makes Chinese extractable and subsetted).</summary>
public sealed class PdfTypography
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = Font(15, XFontStyleEx.Bold);

    public XFont Heading { get; } = Font(13, XFontStyleEx.Bold);

    public XFont Subheading { get; } = Font(11, XFontStyleEx.Bold);

    public XFont Body { get; } = Font(9.5, XFontStyleEx.Regular);

    public XFont Strong { get; } = Font(9.5, XFontStyleEx.Bold);

    public XFont Small { get; } = Font(8, XFontStyleEx.Regular);

    public XFont Figure { get; } = Font(17, XFontStyleEx.Bold);

    private static XFont Font(double size, XFontStyleEx style) => new(PdfFonts.Family, size, style, Unicode);
}

using PdfSharp.Drawing;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>The portal's colours (PortalTheme) as PDF brushes and pens, so a printed report looks like the screen.</summary>
public static class PdfPalette
{
    public static readonly XColor Primary = XColor.FromArgb(0x15, 0x57, 0xb0);
    public static readonly XColor Secondary = XColor.FromArgb(0x00, 0x89, 0x7b);

    public static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x21, 0x21, 0x21));
    public static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x61, 0x61, 0x61));
    public static readonly XBrush Accent = new XSolidBrush(Primary);
    public static readonly XBrush AccentSoft = new XSolidBrush(XColor.FromArgb(0x4f, 0x86, 0xd0));
    public static readonly XBrush Trend = new XSolidBrush(Secondary);
    public static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xe8, 0xef, 0xfa));
    public static readonly XBrush TileFill = new XSolidBrush(XColor.FromArgb(0xf5, 0xf7, 0xfb));
    public static readonly XBrush White = XBrushes.White;
    public static readonly XBrush Black = XBrushes.Black;

    public static readonly XPen Rule = new(XColor.FromArgb(0xbd, 0xbd, 0xbd), 0.5);
    public static readonly XPen HeaderRule = new(Primary, 1);
    public static readonly XPen Axis = new(XColor.FromArgb(0x75, 0x75, 0x75), 0.6);
    public static readonly XPen TrendLine = new(Secondary, 1.2);
}

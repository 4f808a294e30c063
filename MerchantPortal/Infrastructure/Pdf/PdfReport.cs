using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// A report being laid out top to bottom on A4 pages: a cursor (<see cref="Y"/>) moves down as blocks are
/// written and a new page starts when a block does not fit. Headers and footers ("page N of M") are drawn
/// when the report is finished, once the page count is known. The blocks live in extension classes
/// (<see cref="PdfTextBlocks"/>, <see cref="PdfTables"/>, <see cref="PdfCharts"/>, ...).
/// </summary>
public sealed class PdfReport : IDisposable
{
    private const double Margin = 48;
    private const double HeaderSpace = 30;
    private const double FooterSpace = 24;

    private readonly PdfDocument document = new();
    private readonly PdfPageFrame frame;
    private XGraphics graphics;

    /// <param name="title">Shown in every page's header and as the document's title.</param>
    /// <param name="headerNote">Shown at the right of the header, e.g. when the report was made.</param>
    public PdfReport(string title, string headerNote)
    {
        document.Info.Title = title;
        document.Info.Creator = "MerchantPortal";
        document.Options.CompressContentStreams = true;
        Fonts = new PdfTypography();
        frame = new PdfPageFrame(title, headerNote, Fonts);
        graphics = AddPage();
    }

    public PdfTypography Fonts { get; }

    public XGraphics Graphics => graphics;

    public double Left => Margin;

    public double Width => PageWidth - (2 * Margin);

    /// <summary>Where the next block starts on the current page.</summary>
    public double Y { get; private set; }

    public double Top => Margin + HeaderSpace;

    public double Bottom => PageHeight - Margin - FooterSpace;

    public int PageCount => document.PageCount;

    private static double PageWidth => XUnit.FromMillimeter(210).Point;

    private static double PageHeight => XUnit.FromMillimeter(297).Point;

    public void Advance(double height) => Y += height;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits; true when a page was started.</summary>
    public bool EnsureSpace(double height)
    {
        if (Y + height <= Bottom || Y <= Top)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void NewPage()
    {
        graphics.Dispose();
        graphics = AddPage();
    }

    /// <summary>Draws the headers and footers and returns the PDF; the report cannot be written to afterwards.</summary>
    public byte[] ToArray()
    {
        graphics.Dispose();
        for (var i = 0; i < document.PageCount; i++)
        {
            using var page = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            frame.Draw(page, new XRect(Margin, Margin, Width, PageHeight - (2 * Margin)), i + 1, document.PageCount);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics.Dispose();
        document.Dispose();
    }

    private XGraphics AddPage()
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        Y = Top;
        return XGraphics.FromPdfPage(page);
    }
}

using PdfSharp.Drawing;
using QRCoder;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// QR codes drawn as vector squares from QRCoder's module matrix (no bitmap: sharp at any zoom, a few hundred
/// bytes). Error correction M: a printed and re-scanned page still reads.
/// </summary>
public static class PdfQrCodes
{
    private const double CaptionGap = 10;

    /// <summary>Draws the code into a square at (x, y); the matrix's quiet zone is part of the square.</summary>
    public static void DrawQrCode(this XGraphics graphics, string payload, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        graphics.DrawRectangle(PdfPalette.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Count; column++)
            {
                if (matrix[row][column])
                {
                    // A hair of overlap keeps viewers from showing seams between neighbouring squares.
                    graphics.DrawRectangle(PdfPalette.Black, x + (column * module), y + (row * module), module + 0.05, module + 0.05);
                }
            }
        }
    }

    /// <summary>A QR code at the left of the flow, with a caption wrapped beside it.</summary>
    public static void QrCode(this PdfReport report, string payload, double size, string caption)
    {
        report.EnsureSpace(size);
        report.Graphics.DrawQrCode(payload, report.Left, report.Y, size);
        var font = report.Fonts.Small;
        var captionLeft = report.Left + size + CaptionGap;
        var y = report.Y + CaptionGap;
        foreach (var line in TextWrapper.Wrap(caption, report.Width - size - CaptionGap, s => report.Graphics.TextWidth(s, font)))
        {
            report.Graphics.DrawText(line, font, PdfPalette.Muted, new XPoint(captionLeft, y), XStringFormats.TopLeft);
            y += font.GetHeight();
        }

        report.Advance(Math.Max(size, y - report.Y) + CaptionGap);
    }
}

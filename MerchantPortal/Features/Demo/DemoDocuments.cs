using MerchantPortal.Domain.Requirements;
using SkiaSharp;

namespace MerchantPortal.Features.Demo;

/// <summary>Stand-in scans for demo applications: a plain page naming the document, clearly marked as a demo.</summary>
public static class DemoDocuments
{
    public static byte[] Png(DocumentKind kind, string organization)
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 560));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF7, 0xF4, 0xEC));
        using var border = new SKPaint { Color = new SKColor(0xB0, 0x3A, 0x2E), Style = SKPaintStyle.Stroke, StrokeWidth = 6, IsAntialias = true };
        canvas.DrawRect(24, 24, 752, 512, border);
        using var font = new SKFont(SKTypeface.Default, 40);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(kind.ToString(), 60, 140, SKTextAlign.Left, font, ink);
        using var small = new SKFont(SKTypeface.Default, 26);
        canvas.DrawText("DEMO DOCUMENT - NOT VALID", 60, 220, SKTextAlign.Left, small, ink);
        canvas.DrawText($"Organization id: {organization}", 60, 280, SKTextAlign.Left, small, ink);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Domain.Requirements;
using SkiaSharp;

namespace MerchantPortal.Features.Demo;

/// <summary>
/// Stand-in scans for demo applications: a plain page naming the document, clearly marked as a demo, with a bar
/// pattern drawn from the organization and the kind, so no two demo files are the same (the same file in two
/// organizations is a risk finding) even on a machine without fonts.
/// </summary>
public static class DemoDocuments
{
    // Fonts Skia can load by path (the bundled native library does not search the system); without one the page has no text.
    private static readonly string[] FontFiles = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];

    public static byte[] Png(DocumentKind kind, string organization)
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 560));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF7, 0xF4, 0xEC));
        using var border = new SKPaint { Color = new SKColor(0xB0, 0x3A, 0x2E), Style = SKPaintStyle.Stroke, StrokeWidth = 6, IsAntialias = true };
        canvas.DrawRect(24, 24, 752, 512, border);
        using var typeface = FontFiles.Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(t => t is not null) ?? SKTypeface.Default;
        using var font = new SKFont(typeface, 40);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(kind.ToString(), 60, 140, SKTextAlign.Left, font, ink);
        using var small = new SKFont(typeface, 26);
        canvas.DrawText("DEMO DOCUMENT - NOT VALID", 60, 220, SKTextAlign.Left, small, ink);
        canvas.DrawText($"Organization id: {organization}", 60, 280, SKTextAlign.Left, small, ink);
        var pattern = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}|{organization}"));
        for (var i = 0; i < pattern.Length; i++)
        {
            canvas.DrawRect(60 + (i * 21), 360, 4 + (pattern[i] % 14), 120, ink);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

using System.Runtime.InteropServices;
using SkiaSharp;

namespace MerchantPortal.Tests.Support;

/// <summary>Photos as large as the limits allow, made on the spot.</summary>
public static class LargeImages
{
    /// <summary>
    /// A 40-megapixel JPEG (7744 × 5164, just under the limit) of random 8 × 8 colour blocks: noise compresses poorly, so the file is
    /// several megabytes, yet every pixel must be decoded (160 MB of RGBA).
    /// </summary>
    public static byte[] NoiseJpeg40Megapixels(int seed)
    {
        const int width = 7744, height = 5164, block = 8;
        var random = new Random(seed);
        var pixels = new int[width * height];
        var colours = new int[(width + block - 1) / block];
        for (var y = 0; y < height; y++)
        {
            if (y % block == 0)
            {
                for (var i = 0; i < colours.Length; i++)
                {
                    colours[i] = unchecked((int)0xFF000000) | random.Next(0x1000000);
                }
            }

            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = colours[x / block];
            }
        }

        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}

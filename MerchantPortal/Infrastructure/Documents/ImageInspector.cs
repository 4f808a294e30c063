using SkiaSharp;

namespace MerchantPortal.Infrastructure.Documents;

/// <summary>
/// Decodes an image completely with SkiaSharp and encodes it again, which drops every metadata block
/// (EXIF GPS included) and anything smuggled after the image. The declared size is checked before any
/// pixel is decoded, so a small file declaring 50,000×50,000 pixels cannot exhaust memory. Runs only in the
/// inspection worker process (<see cref="Isolation.InspectionWorker"/>), never in the portal.
/// </summary>
public static class ImageInspector
{
    public static InspectionResult Inspect(byte[] content, DocumentFormat format, long maxPixels)
    {
        if (!IsComplete(content, format))
        {
            return InspectionResult.Refused(UploadProblem.ImageTruncated);
        }

        try
        {
            using var data = SKData.CreateCopy(content);
            using var codec = SKCodec.Create(data);
            if (codec is null)
            {
                return InspectionResult.Refused(UploadProblem.ImageCorrupt);
            }

            if ((long)codec.Info.Width * codec.Info.Height > maxPixels)
            {
                return InspectionResult.Refused(UploadProblem.ImageTooManyPixels);
            }

            if (format == DocumentFormat.Jpeg && !JpegCompleteness.IsComplete(content))
            {
                return InspectionResult.Refused(UploadProblem.ImageTruncated);
            }

            using var bitmap = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
            var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
            if (result == SKCodecResult.IncompleteInput)
            {
                return InspectionResult.Refused(UploadProblem.ImageTruncated);
            }

            if (result != SKCodecResult.Success)
            {
                return InspectionResult.Refused(UploadProblem.ImageCorrupt);
            }

            using var encoded = format == DocumentFormat.Png ? bitmap.Encode(SKEncodedImageFormat.Png, 100) : bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
            return encoded is null ? InspectionResult.Refused(UploadProblem.ImageCorrupt) : new InspectionResult(UploadProblem.None, format, encoded.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OutOfMemoryException)
        {
            // Every decoder failure is a refusal with a message, never an error page.
            return InspectionResult.Refused(UploadProblem.ImageCorrupt);
        }
    }

    /// <summary>
    /// A JPEG cut short still decodes in common decoders (the missing rows come out grey), so the end
    /// marker is required: EOI (FF D9) for JPEG, the IEND chunk for PNG.
    /// </summary>
    private static bool IsComplete(byte[] content, DocumentFormat format)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 64));
        return format == DocumentFormat.Png
            ? tail.IndexOf("IEND"u8) >= 0
            : tail.TrimEnd((byte)0).EndsWith(new byte[] { 0xFF, 0xD9 });
    }
}

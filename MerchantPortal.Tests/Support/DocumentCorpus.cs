using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace MerchantPortal.Tests.Support;

/// <summary>Test files made on the spot: good documents, and the hostile ones an upload must refuse.</summary>
public static class DocumentCorpus
{
    public static byte[] Jpeg(int width = 64, int height = 48, SKColor? mark = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            canvas.DrawRect(8, 8, width / 2f, height / 2f, new SKPaint { Color = mark ?? SKColors.Orange });
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG carrying an EXIF block (APP1) right after the start marker, with a GPS tag's name in it.</summary>
    public static byte[] JpegWithExif()
    {
        var jpeg = Jpeg();
        var exif = Encoding.ASCII.GetBytes("Exif\0\0MM\0*\0\0\0\bGPSLatitude=31.2304N");
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    public static byte[] TruncatedJpeg()
    {
        var jpeg = Jpeg(400, 300);
        return jpeg[..(jpeg.Length / 2)];
    }

    /// <summary>A JPEG cut in half with an end marker (FF D9) appended: complete to a check that looks only at the end.</summary>
    public static byte[] TruncatedJpegWithEndMarker() => [.. TruncatedJpeg(), 0xFF, 0xD9];

    public static byte[] Png(int width = 32, int height = 32)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SeaGreen);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A tiny, well-formed PNG whose header claims 50,000 × 50,000 pixels (a decompression bomb).</summary>
    public static byte[] PngBomb()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 50_000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 50_000);
        header[8] = 8;
        header[9] = 2;
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[50_001]);
        }

        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>
    /// A photo no other test uploads (the server re-encodes images, so only different pixels give a different file):
    /// organizations sharing a file is a risk finding of its own.
    /// </summary>
    public static byte[] UniqueJpeg() => Jpeg(mark: new SKColor((uint)Random.Shared.Next() | 0xFF000000));

    /// <summary>A PDF no other test uploads: a unique comment after its end.</summary>
    public static byte[] UniquePdf() => [.. Pdf(), .. Encoding.Latin1.GetBytes($"% {Guid.NewGuid()}\n")];

    public static byte[] Pdf(string? openAction = null)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R" + (openAction is null ? "" : $" /OpenAction {openAction}") + " >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => text.Append($"{o:D10} 00000 n \n"));
        text.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>A valid PDF padded with a comment to about <paramref name="kilobytes"/> KB, for watching an upload's progress.</summary>
    public static byte[] LargePdf(int kilobytes)
    {
        var pdf = Pdf();
        var padding = Encoding.Latin1.GetBytes("%" + new string('x', (kilobytes * 1024) - 2) + "\n");
        // After %%EOF, where a comment changes no offset.
        return [.. pdf, .. padding];
    }

    public static byte[] PdfWithJavaScript() => Pdf("<< /S /JavaScript /JS (app.alert\\(1\\)) >>");

    public static byte[] PdfWithLaunchAction() => Pdf("<< /S /Launch /F (cmd.exe) >>");

    public static byte[] PdfWithEmbeddedFile() => Pdf("<< /S /GoTo /D [3 0 R /Fit] >> /Names << /EmbeddedFiles << /Names [] >> >>");

    public static byte[] PdfWithEscapedJavaScriptName() => Pdf("<< /S /J#61vaScript /JS (app.alert\\(1\\)) >>");

    public static byte[] ExeRenamed() => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] HtmlRenamed() => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

using System.Buffers.Binary;
using MerchantPortal.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace MerchantPortal.Tests.Unit.Infrastructure.Pdf;

public class TrueTypeFaceTests
{
    private const string Collection = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    [Fact]
    public void FirstFace_OfTheWqyCollection_IsAFontPdfSharpAccepts()
    {
        // PDFsharp takes a font resolver only before its first font operation, and tests run in parallel: install it first.
        PdfFonts.EnsureInstalled(null);
        var face = TrueTypeFace.FirstFace(File.ReadAllBytes(Collection))!;

        var source = XFontSource.GetOrCreateFrom(face);
        var typeface = new XGlyphTypeface(source);

        Assert.Equal("WenQuanYi Micro Hei", typeface.FamilyName);
    }

    [Fact]
    public void FirstFace_OfTheWqyCollection_KeepsEveryTableIntactAndAligned()
    {
        var face = TrueTypeFace.FirstFace(File.ReadAllBytes(Collection))!;

        var tables = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4));
        Assert.True(tables > 10);
        for (var i = 0; i < tables; i++)
        {
            var record = face.AsSpan(12 + (i * 16), 16);
            var checksum = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            Assert.Equal(0, offset % 4);
            // "head" holds the whole-file checksum adjustment, which its own record's checksum leaves out.
            if (!record[..4].SequenceEqual("head"u8))
            {
                Assert.Equal(checksum, TableChecksum(face.AsSpan(offset, Align4(length))));
            }
        }
    }

    [Fact]
    public void FirstFace_OfTheWqyCollection_HasOutlinesAndChineseAndLatinGlyphs()
    {
        var face = TrueTypeFace.FirstFace(File.ReadAllBytes(Collection))!;

        Assert.True(TrueTypeFace.HasGlyphOutlines(face));
        Assert.True(TrueTypeFace.HasGlyph(face, '中'));
        Assert.True(TrueTypeFace.HasGlyph(face, 'A'));
    }

    [Fact]
    public void HasGlyph_LatinOnlyFont_HasNoChineseGlyph()
    {
        var font = TrueTypeFace.FirstFace(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))!;

        Assert.True(TrueTypeFace.HasGlyph(font, 'A'));
        Assert.False(TrueTypeFace.HasGlyph(font, '中'));
    }

    [Fact]
    public void FirstFace_NotAFont_IsNull() => Assert.Null(TrueTypeFace.FirstFace("%PDF-1.7 not a font at all"u8.ToArray()));

    private static uint TableChecksum(ReadOnlySpan<byte> table)
    {
        uint sum = 0;
        for (var i = 0; i < table.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(table[i..]);
        }

        return sum;
    }

    private static int Align4(int length) => (length + 3) & ~3;
}

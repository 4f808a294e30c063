using System.Buffers.Binary;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// Reads one face out of a TrueType file or collection as standalone TTF bytes. PDFsharp 6.2.4 cannot read
/// .ttc collections, and most CJK fonts ship as one (wqy-microhei.ttc, msyh.ttc, STHeiti.ttc), so face 0 is
/// rebuilt as a plain font: its table directory and tables copied, each table 4-byte aligned.
/// </summary>
public static class TrueTypeFace
{
    private const uint CollectionTag = 0x74746366; // "ttcf"
    private const uint GlyphOutlinesTag = 0x676C7966; // "glyf": TrueType outlines (CFF fonts have "CFF " instead)
    private const uint CharacterMapTag = 0x636D6170; // "cmap"
    private const int TableRecordSize = 16;
    private static readonly uint[] FontVersions = [0x00010000, 0x74727565, 0x4F54544F]; // 1.0, "true", "OTTO"

    /// <summary>The first face as standalone TTF bytes, or null when the file is no TrueType font or collection.</summary>
    public static byte[]? FirstFace(byte[] file)
    {
        if (file.Length < 12)
        {
            return null;
        }

        var faceOffset = Read32(file, 0) == CollectionTag ? (long)Read32(file, 12) : 0;
        if (faceOffset + 12 > file.Length || !FontVersions.Contains(Read32(file, (int)faceOffset)))
        {
            return null;
        }

        return faceOffset == 0 ? AsStandalone(file) : Extract(file, (int)faceOffset);
    }

    /// <summary>True when the font carries TrueType glyph outlines, which PDFsharp subsets into small files.</summary>
    public static bool HasGlyphOutlines(byte[] font) =>
        font.Length >= 12 && Tables(font, 0).Any(table => table.Tag == GlyphOutlinesTag);

    /// <summary>True when the font's Unicode character map has a glyph for <paramref name="c"/>.</summary>
    public static bool HasGlyph(byte[] font, char c) =>
        font.Length >= 12 && Tables(font, 0).FirstOrDefault(table => table.Tag == CharacterMapTag) is { Length: > 0 } cmap
        && TrueTypeCmap.HasGlyph(font.AsSpan(cmap.Offset, cmap.Length), c);

    private static byte[]? AsStandalone(byte[] file) => Tables(file, 0).Count > 0 ? file : null;

    private static byte[]? Extract(byte[] file, int faceOffset)
    {
        var tables = Tables(file, faceOffset);
        if (tables.Count == 0)
        {
            return null;
        }

        var directorySize = 12 + (tables.Count * TableRecordSize);
        var size = directorySize + tables.Sum(table => Align4(table.Length));
        var font = new byte[size];
        // The offset table (version, table count, search hints) is copied unchanged.
        file.AsSpan(faceOffset, 12).CopyTo(font);
        var dataOffset = directorySize;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var record = font.AsSpan(12 + (i * TableRecordSize), TableRecordSize);
            file.AsSpan(table.RecordOffset, TableRecordSize).CopyTo(record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)dataOffset);
            file.AsSpan(table.Offset, table.Length).CopyTo(font.AsSpan(dataOffset));
            dataOffset += Align4(table.Length);
        }

        return font;
    }

    private static List<TableRecord> Tables(byte[] file, int faceOffset)
    {
        var tables = new List<TableRecord>();
        if (faceOffset < 0 || faceOffset + 12 > file.Length)
        {
            return tables;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(faceOffset + 4));
        for (var i = 0; i < count; i++)
        {
            var at = faceOffset + 12 + (i * TableRecordSize);
            if (at + TableRecordSize > file.Length)
            {
                return [];
            }

            var table = new TableRecord(at, Read32(file, at), (int)Read32(file, at + 8), (int)Read32(file, at + 12));
            if (table.Offset < 0 || table.Length < 0 || (long)table.Offset + table.Length > file.Length)
            {
                return [];
            }

            tables.Add(table);
        }

        return tables;
    }

    private static uint Read32(byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset));

    private static int Align4(int length) => (length + 3) & ~3;

    private readonly record struct TableRecord(int RecordOffset, uint Tag, int Offset, int Length);
}

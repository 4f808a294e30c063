using System.Buffers.Binary;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// Looks a character up in a font's Unicode BMP character map (cmap format 4), to tell a CJK font from one
/// that would print Chinese as boxes (DejaVu, Liberation and the like).
/// </summary>
internal static class TrueTypeCmap
{
    public static bool HasGlyph(ReadOnlySpan<byte> cmap, char c)
    {
        if (cmap.Length < 4)
        {
            return false;
        }

        var count = Read16(cmap, 2);
        for (var i = 0; i < count && 4 + (i * 8) + 8 <= cmap.Length; i++)
        {
            var record = 4 + (i * 8);
            var platform = Read16(cmap, record);
            var encoding = Read16(cmap, record + 2);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(record + 4)..]);
            var unicode = platform == 0 || (platform == 3 && encoding == 1);
            if (unicode && offset >= 0 && offset + 14 <= cmap.Length && Read16(cmap, offset) == 4 && Format4Glyph(cmap[offset..], c) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Format4Glyph(ReadOnlySpan<byte> table, char c)
    {
        var segments = Read16(table, 6) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        if (rangeOffsets + (2 * segments) > table.Length)
        {
            return 0;
        }

        for (var s = 0; s < segments; s++)
        {
            if (c > Read16(table, ends + (2 * s)))
            {
                continue;
            }

            var start = Read16(table, starts + (2 * s));
            if (c < start)
            {
                return 0;
            }

            var delta = Read16(table, deltas + (2 * s));
            var rangeOffset = Read16(table, rangeOffsets + (2 * s));
            if (rangeOffset == 0)
            {
                return (c + delta) & 0xFFFF;
            }

            // idRangeOffset counts from its own position to the glyph id array entry.
            var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
            var glyph = at + 2 <= table.Length ? Read16(table, at) : 0;
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }

        return 0;
    }

    private static int Read16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
}

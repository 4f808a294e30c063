namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// ASCII85Decode: groups of five characters '!'..'u' give four bytes, 'z' four zeros, '~&gt;' ends the data.
/// </summary>
internal sealed class Ascii85DecodeStream(Stream input) : DecodeStream(input)
{
    private readonly byte[] group = new byte[4];
    private int groupLength;
    private int groupPosition;
    private bool ended;
    private bool started;

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (groupPosition == groupLength && !NextGroup())
            {
                break;
            }

            buffer[written++] = group[groupPosition++];
        }

        return written;
    }

    private bool NextGroup()
    {
        groupPosition = 0;
        groupLength = 0;
        if (ended)
        {
            return false;
        }

        uint value = 0;
        var count = 0;
        while (count < 5)
        {
            var b = NextByte();
            if (!started && b == '<')
            {
                // An optional "<~" before the data, as PostScript writes it.
                started = NextByte() == '~' ? true : throw new InvalidDataException("Bad ASCII85Decode start.");
                continue;
            }

            started = true;
            if (b is -1 or '~')
            {
                ended = true;
                break;
            }

            if (PdfSyntax.IsWhiteSpace(b))
            {
                continue;
            }

            if (b == 'z' && count == 0)
            {
                group.AsSpan().Clear();
                groupLength = 4;
                return true;
            }

            value = b is >= '!' and <= 'u'
                ? unchecked((value * 85) + (uint)(b - '!'))
                : throw new InvalidDataException("Not an ASCII85 character.");
            count++;
        }

        if (count == 1)
        {
            throw new InvalidDataException("A lone ASCII85 character at the end of the data.");
        }

        // A final partial group of n characters is padded with 'u' and gives n - 1 bytes.
        for (var i = count; i is > 0 and < 5; i++)
        {
            value = unchecked((value * 85) + 84);
        }

        group[0] = (byte)(value >> 24);
        group[1] = (byte)(value >> 16);
        group[2] = (byte)(value >> 8);
        group[3] = (byte)value;
        groupLength = count == 5 ? 4 : Math.Max(count - 1, 0);
        return groupLength > 0;
    }
}

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// ASCIIHexDecode: pairs of hex digits, '&gt;' ends the data. Anything else is skipped, as lenient readers (pdf.js)
/// skip it, so a stray character cannot hide what follows it from this check while a reader still decodes it.
/// </summary>
internal sealed class AsciiHexDecodeStream(Stream input) : DecodeStream(input)
{
    private bool ended;

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && !ended)
        {
            var high = NextDigit();
            if (high < 0)
            {
                ended = true;
                break;
            }

            var low = NextDigit();
            ended = low < 0;
            // An odd final digit is followed by an implied 0.
            buffer[written++] = (byte)((high << 4) | Math.Max(low, 0));
        }

        return written;
    }

    private int NextDigit()
    {
        while (true)
        {
            var b = NextByte();
            if (b is -1 or '>')
            {
                return -1;
            }

            if (Uri.IsHexDigit((char)b))
            {
                return Convert.ToInt32(((char)b).ToString(), 16);
            }
        }
    }
}

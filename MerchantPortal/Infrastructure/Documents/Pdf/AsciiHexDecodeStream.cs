namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>ASCIIHexDecode: pairs of hex digits, white space ignored, '&gt;' ends the data.</summary>
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

            if (PdfSyntax.IsWhiteSpace(b))
            {
                continue;
            }

            return Uri.IsHexDigit((char)b)
                ? Convert.ToInt32(((char)b).ToString(), 16)
                : throw new InvalidDataException("Not a hex digit in ASCIIHexDecode data.");
        }
    }
}

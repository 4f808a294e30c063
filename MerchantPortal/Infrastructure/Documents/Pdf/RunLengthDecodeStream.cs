namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// RunLengthDecode: a length byte 0–127 copies that many plus one bytes, 129–255 repeats the next byte 257 − n times,
/// 128 ends.
/// </summary>
internal sealed class RunLengthDecodeStream(Stream input) : DecodeStream(input)
{
    private int literal;
    private int repeat;
    private byte repeated;
    private bool ended;

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (repeat > 0)
            {
                var n = Math.Min(repeat, buffer.Length - written);
                buffer.Slice(written, n).Fill(repeated);
                written += n;
                repeat -= n;
            }
            else if (literal > 0)
            {
                var b = NextByte();
                if (b < 0)
                {
                    ended = true;
                    literal = 0;
                    break;
                }

                buffer[written++] = (byte)b;
                literal--;
            }
            else if (ended || !NextRun())
            {
                break;
            }
        }

        return written;
    }

    private bool NextRun()
    {
        var length = NextByte();
        if (length is -1 or 128)
        {
            ended = true;
            return false;
        }

        if (length < 128)
        {
            literal = length + 1;
            return true;
        }

        var b = NextByte();
        if (b < 0)
        {
            ended = true;
            return false;
        }

        repeated = (byte)b;
        repeat = 257 - length;
        return true;
    }
}

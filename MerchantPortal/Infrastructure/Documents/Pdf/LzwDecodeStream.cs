namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// LZWDecode with 9- to 12-bit codes, 256 clearing the table and 257 ending the data. With /EarlyChange 1 (the default)
/// the code width grows one code early, as most writers do.
/// </summary>
internal sealed class LzwDecodeStream(Stream input, bool earlyChange) : DecodeStream(input)
{
    private const int Clear = 256;
    private const int End = 257;
    private const int MaxCodes = 4096;

    private readonly int[] prefix = new int[MaxCodes];
    private readonly byte[] suffix = new byte[MaxCodes];
    private readonly int[] length = new int[MaxCodes];
    private readonly byte[] pending = new byte[MaxCodes];
    private int pendingStart;
    private int pendingEnd;
    private int next = End + 1;
    private int width = 9;
    private int previous = -1;
    private int bitBuffer;
    private int bitCount;
    private bool ended;

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (pendingStart == pendingEnd && !NextString())
            {
                break;
            }

            var n = Math.Min(pendingEnd - pendingStart, buffer.Length - written);
            pending.AsSpan(pendingStart, n).CopyTo(buffer[written..]);
            pendingStart += n;
            written += n;
        }

        return written;
    }

    private bool NextString()
    {
        while (!ended)
        {
            var code = NextCode();
            if (code is -1 or End)
            {
                ended = true;
                return false;
            }

            if (code == Clear)
            {
                next = End + 1;
                width = 9;
                previous = -1;
                continue;
            }

            if (code > next || (code == next && previous < 0))
            {
                throw new InvalidDataException("An LZW code that is not in the table.");
            }

            Emit(code);
            return true;
        }

        return false;
    }

    private void Emit(int code)
    {
        if (code == next)
        {
            // The string being defined: the previous one plus its own first byte.
            Unpack(previous);
            pending[pendingEnd++] = pending[0];
        }
        else
        {
            Unpack(code);
        }

        if (previous >= 0 && next < MaxCodes)
        {
            prefix[next] = previous;
            suffix[next] = pending[0];
            length[next] = LengthOf(previous) + 1;
            next++;
        }

        previous = code;
        var limit = (1 << width) - (earlyChange ? 1 : 0);
        if (next >= limit && width < 12)
        {
            width++;
        }
    }

    private void Unpack(int code)
    {
        var n = LengthOf(code);
        pendingStart = 0;
        pendingEnd = n;
        for (var at = n - 1; at >= 0; at--)
        {
            if (code < 256)
            {
                pending[at] = (byte)code;
                break;
            }

            pending[at] = suffix[code];
            code = prefix[code];
        }
    }

    private int LengthOf(int code) => code < 256 ? 1 : length[code];

    private int NextCode()
    {
        while (bitCount < width)
        {
            var b = NextByte();
            if (b < 0)
            {
                return -1;
            }

            bitBuffer = (bitBuffer << 8) | b;
            bitCount += 8;
        }

        bitCount -= width;
        var code = (bitBuffer >> bitCount) & ((1 << width) - 1);
        bitBuffer &= (1 << bitCount) - 1;
        return code;
    }
}

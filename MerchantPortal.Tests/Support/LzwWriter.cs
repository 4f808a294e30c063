namespace MerchantPortal.Tests.Support;

/// <summary>An LZW encoder with /EarlyChange 1, as PDF writers use it.</summary>
public static class LzwWriter
{
    private const int Clear = 256;
    private const int End = 257;

    public static byte[] Encode(byte[] data)
    {
        var bits = new BitWriter();
        var table = new Dictionary<(int, byte), int>();
        var next = End + 1;
        bits.Write(Clear, 9);
        var current = -1;
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
            }
            else if (table.TryGetValue((current, b), out var code))
            {
                current = code;
            }
            else
            {
                bits.Write(current, bits.Width);
                table[(current, b)] = next++;
                current = b;
                next = Grow(bits, table, next);
            }
        }

        if (current >= 0)
        {
            bits.Write(current, bits.Width);
            next++;
            bits.Width = WidthFor(next);
        }

        bits.Write(End, bits.Width);
        return bits.ToArray();
    }

    /// <summary>
    /// Only zeros: the codes 0, 258, 259, … each stand for one zero more than the one before, so one table's worth
    /// (about 3,800 codes, 5 KB) expands to 7.4 MB; <paramref name="cycles"/> tables are written, each after a clear.
    /// </summary>
    public static byte[] Zeros(int cycles)
    {
        var bits = new BitWriter();
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            bits.Write(Clear, bits.Width);
            bits.Width = 9;
            bits.Write(0, 9);
            for (var code = End + 1; code < 4094; code++)
            {
                bits.Write(code, WidthFor(code + 1));
            }

            bits.Width = WidthFor(4094);
        }

        bits.Write(End, bits.Width);
        return bits.ToArray();
    }

    private static int Grow(BitWriter bits, Dictionary<(int, byte), int> table, int next)
    {
        if (next >= 4094)
        {
            bits.Write(Clear, bits.Width);
            table.Clear();
            bits.Width = 9;
            return End + 1;
        }

        bits.Width = WidthFor(next);
        return next;
    }

    /// <summary>The width of the code written when the encoder's next free code is <paramref name="next"/>.</summary>
    private static int WidthFor(int next) => next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;

    private sealed class BitWriter
    {
        private readonly MemoryStream output = new();
        private int buffer;
        private int count;

        public int Width { get; set; } = 9;

        public void Write(int code, int width)
        {
            buffer = (buffer << width) | code;
            count += width;
            while (count >= 8)
            {
                count -= 8;
                output.WriteByte((byte)(buffer >> count));
                buffer &= (1 << count) - 1;
            }
        }

        public byte[] ToArray()
        {
            if (count > 0)
            {
                output.WriteByte((byte)(buffer << (8 - count)));
            }

            return output.ToArray();
        }
    }
}

using System.IO.Compression;
using System.Text;

namespace MerchantPortal.Tests.Support;

/// <summary>Encoders for the standard PDF filters, written for the tests (the inspector has only decoders).</summary>
public static class PdfFilterEncoder
{
    public static byte[] Encode(string filter, byte[] data) => filter switch
    {
        "FlateDecode" or "Fl" => Flate(data),
        "ASCIIHexDecode" or "AHx" => Encoding.ASCII.GetBytes(Convert.ToHexString(data) + ">"),
        "ASCII85Decode" or "A85" => Ascii85(data),
        "RunLengthDecode" or "RL" => RunLength(data),
        "LZWDecode" or "LZW" => Lzw(data),
        _ => throw new ArgumentException($"No test encoder for {filter}."),
    };

    public static byte[] Flate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Zeros deflated as they are produced, so a gigabyte-sized bomb never exists in memory.</summary>
    public static byte[] FlateZeros(long count)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var left = count; left > 0; left -= zeros.Length)
            {
                zlib.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
            }
        }

        return output.ToArray();
    }

    public static byte[] Ascii85(byte[] data)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var k = 0; k < 4; k++)
            {
                value = (value << 8) | (k < n ? data[i + k] : 0u);
            }

            var group = new char[5];
            for (var k = 4; k >= 0; k--)
            {
                group[k] = (char)('!' + (value % 85));
                value /= 85;
            }

            text.Append(n == 4 && group.All(c => c == '!') ? "z" : new string(group, 0, n + 1));
        }

        return Encoding.ASCII.GetBytes(text.Append("~>").ToString());
    }

    /// <summary>Literal runs only, or, for a bomb, <paramref name="repeats"/> runs of 128 zeros (2 bytes each).</summary>
    public static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        foreach (var chunk in data.Chunk(128))
        {
            output.Add((byte)(chunk.Length - 1));
            output.AddRange(chunk);
        }

        output.Add(128);
        return [.. output];
    }

    public static byte[] RunLengthZeros(int repeats)
    {
        var output = new byte[(repeats * 2) + 1];
        for (var i = 0; i < repeats; i++)
        {
            output[2 * i] = 129;
        }

        output[^1] = 128;
        return output;
    }

    public static byte[] Lzw(byte[] data) => LzwWriter.Encode(data);

    public static byte[] LzwZeros(int cycles) => LzwWriter.Zeros(cycles);
}

using System.Text;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Reads decoded stream content as PDF names, chunk by chunk: a name starts at '/', ends at white space or a
/// delimiter, and may spell any byte as #xx. So /J#53 is /JS, and /JSON is not /JS.
/// </summary>
internal sealed class NameScanner
{
    private readonly byte[] name = new byte[ActiveNames.LongestName + 1];
    private int length = -1;
    private int escape = -1;
    private int high;

    public bool Found { get; private set; }

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        while (!chunk.IsEmpty)
        {
            if (length < 0)
            {
                // Outside a name only '/' matters: jump to it (vectorized) instead of looking at every byte.
                var slash = chunk.IndexOf((byte)'/');
                if (slash < 0)
                {
                    return;
                }

                chunk = chunk[slash..];
            }

            Next(chunk[0]);
            chunk = chunk[1..];
        }
    }

    /// <summary>The end of the content ends a name too.</summary>
    public void Finish() => EndName();

    private void Next(byte b)
    {
        if (length < 0)
        {
            length = b == '/' ? 0 : -1;
            return;
        }

        if (escape >= 0 && Escape(b))
        {
            return;
        }

        if (PdfSyntax.IsWhiteSpace(b) || PdfSyntax.IsDelimiter(b))
        {
            EndName();
            length = b == '/' ? 0 : -1;
        }
        else if (b == '#')
        {
            escape = 0;
        }
        else
        {
            Append(b);
        }
    }

    /// <summary>True when <paramref name="b"/> was taken as part of a #xx escape.</summary>
    private bool Escape(byte b)
    {
        var digit = Uri.IsHexDigit((char)b) ? Convert.ToInt32(((char)b).ToString(), 16) : -1;
        if (digit < 0)
        {
            // Not an escape after all: '#' and any digit read stand for themselves.
            Append((byte)'#');
            if (escape == 1)
            {
                Append((byte)"0123456789ABCDEF"[high]);
            }

            escape = -1;
            return false;
        }

        if (escape == 0)
        {
            high = digit;
            escape = 1;
        }
        else
        {
            Append((byte)((high << 4) | digit));
            escape = -1;
        }

        return true;
    }

    private void Append(byte b)
    {
        if (length < name.Length)
        {
            name[length++] = b;
        }
    }

    private void EndName()
    {
        if (escape >= 0)
        {
            Escape((byte)' ');
        }

        if (length is >= 0 and <= ActiveNames.LongestName
            && ActiveNames.Contains(Encoding.Latin1.GetString(name, 0, length)))
        {
            Found = true;
        }

        length = -1;
    }
}

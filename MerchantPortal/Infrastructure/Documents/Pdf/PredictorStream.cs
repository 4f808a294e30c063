namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Undoes a /Predictor after Flate or LZW: PNG predictors (10–15, a filter-type byte before each row) and the TIFF
/// predictor 2 for 8- and 16-bit components. Other TIFF layouts are refused rather than guessed.
/// </summary>
internal sealed class PredictorStream : DecodeStream
{
    private readonly bool png;
    private readonly int bytesPerPixel;
    private readonly int bitsPerComponent;
    private readonly byte[] row;
    private readonly byte[] previousRow;
    private int rowPosition;
    private int rowLength;

    public PredictorStream(Stream input, int predictor, int colors, int bitsPerComponent, int columns)
        : base(input)
    {
        png = predictor >= 10;
        if (!png && bitsPerComponent is not (8 or 16))
        {
            throw new NotSupportedException("TIFF predictor with components of other than 8 or 16 bits.");
        }

        if (colors is < 1 or > 32 || bitsPerComponent is not (1 or 2 or 4 or 8 or 16) || columns is < 1 or > 1_000_000)
        {
            throw new InvalidDataException("Predictor parameters out of range.");
        }

        this.bitsPerComponent = bitsPerComponent;
        bytesPerPixel = Math.Max(1, colors * bitsPerComponent / 8);
        var rowBytes = ((colors * bitsPerComponent * columns) + 7) / 8;
        row = new byte[rowBytes];
        previousRow = new byte[rowBytes];
    }

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (rowPosition == rowLength && !NextRow())
            {
                break;
            }

            var n = Math.Min(rowLength - rowPosition, buffer.Length - written);
            row.AsSpan(rowPosition, n).CopyTo(buffer[written..]);
            rowPosition += n;
            written += n;
        }

        return written;
    }

    private bool NextRow()
    {
        row.CopyTo(previousRow, 0);
        var type = png ? NextByte() : 0;
        if (type < 0)
        {
            return false;
        }

        var n = 0;
        for (int b; n < row.Length && (b = NextByte()) >= 0; n++)
        {
            row[n] = (byte)b;
        }

        if (n == 0)
        {
            return false;
        }

        if (png)
        {
            Unfilter(type, n);
        }
        else
        {
            UndoTiff(n);
        }

        rowPosition = 0;
        rowLength = n;
        return true;
    }

    private void Unfilter(int type, int n)
    {
        for (var i = 0; i < n; i++)
        {
            int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
            int up = previousRow[i];
            int upLeft = i >= bytesPerPixel ? previousRow[i - bytesPerPixel] : 0;
            row[i] = type switch
            {
                0 => row[i],
                1 => (byte)(row[i] + left),
                2 => (byte)(row[i] + up),
                3 => (byte)(row[i] + ((left + up) / 2)),
                4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                _ => throw new InvalidDataException("Unknown PNG filter type."),
            };
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var p = left + up - upLeft;
        var (pa, pb, pc) = (Math.Abs(p - left), Math.Abs(p - up), Math.Abs(p - upLeft));
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }

    private void UndoTiff(int n)
    {
        if (bitsPerComponent == 8)
        {
            for (var i = bytesPerPixel; i < n; i++)
            {
                row[i] = (byte)(row[i] + row[i - bytesPerPixel]);
            }

            return;
        }

        for (var i = bytesPerPixel; i + 1 < n; i += 2)
        {
            var sum = (row[i] << 8) + row[i + 1] + (row[i - bytesPerPixel] << 8) + row[i - bytesPerPixel + 1];
            row[i] = (byte)(sum >> 8);
            row[i + 1] = (byte)sum;
        }
    }
}

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// A read-only, forward-only stream that decodes one PDF filter from an inner stream as it is read, so a stream's
/// decoded size can be counted (and stopped at a budget) without ever holding all of it.
/// </summary>
internal abstract class DecodeStream(Stream input) : Stream
{
    private byte[]? inputBuffer;
    private int inputLength;
    private int inputPosition;

    protected Stream Input { get; } = input;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public abstract override int Read(Span<byte> buffer);

    /// <summary>The next input byte, or -1 at the end of the input.</summary>
    protected int NextByte()
    {
        if (inputPosition == inputLength)
        {
            inputBuffer ??= new byte[16 * 1024];
            inputLength = Input.Read(inputBuffer);
            inputPosition = 0;
            if (inputLength == 0)
            {
                return -1;
            }
        }

        return inputBuffer![inputPosition++];
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Input.Dispose();
        }

        base.Dispose(disposing);
    }
}

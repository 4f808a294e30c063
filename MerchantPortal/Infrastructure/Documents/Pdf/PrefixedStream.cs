namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>Gives back bytes already read from a stream before the rest of it.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : DecodeStream(rest)
{
    private int position;

    public override int Read(Span<byte> buffer)
    {
        if (position < prefix.Length)
        {
            var n = Math.Min(prefix.Length - position, buffer.Length);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return Input.Read(buffer);
    }
}

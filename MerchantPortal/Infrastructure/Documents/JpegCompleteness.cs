using BitMiracle.LibJpeg.Classic;

namespace MerchantPortal.Infrastructure.Documents;

/// <summary>
/// Whether a JPEG's compressed data runs to the end of the image. Skia fills the rows of a JPEG cut short with
/// grey and reports success as soon as an end marker (FF D9) follows, so the entropy-coded data is walked here
/// with libjpeg's own warnings made visible: "premature end of data segment" or "premature end of file" means
/// rows are missing. Decoded at 1/8 scale: every coefficient is still read, but almost no pixels are made.
/// </summary>
public static class JpegCompleteness
{
    public static bool IsComplete(byte[] jpeg)
    {
        var errors = new TruncationWatch();
        var decompress = new jpeg_decompress_struct(errors);
        try
        {
            decompress.jpeg_stdio_src(new MemoryStream(jpeg, writable: false));
            decompress.jpeg_read_header(true);
            decompress.Scale_num = 1;
            decompress.Scale_denom = 8;
            decompress.jpeg_start_decompress();
            var row = new[] { new byte[decompress.Output_width * decompress.Output_components] };
            while (decompress.Output_scanline < decompress.Output_height && !errors.Truncated)
            {
                decompress.jpeg_read_scanlines(row, 1);
            }

            return !errors.Truncated;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // libjpeg's fatal errors surface as exceptions of several types: the data cannot be trusted.
            return false;
        }
        finally
        {
            decompress.jpeg_destroy();
        }
    }

    private sealed class TruncationWatch : jpeg_error_mgr
    {
        public bool Truncated { get; private set; }

        public override void emit_message(int msg_level)
        {
            // Level -1 is a warning; these two texts have no parameters, so the formatted message is the template.
            if (msg_level < 0 && format_message() is var text
                && (text == GetMessageText((int)J_MESSAGE_CODE.JWRN_HIT_MARKER) || text == GetMessageText((int)J_MESSAGE_CODE.JWRN_JPEG_EOF)))
            {
                Truncated = true;
            }

            base.emit_message(msg_level);
        }
    }
}

using System.IO.Compression;
using UglyToad.PdfPig.Tokens;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// The standard filters as streaming decoders, under their full and abbreviated names. Image filters are not
/// decoded: their output is pixels, which carry no PDF objects and are not scanned.
/// </summary>
internal static class PdfFilters
{
    private static readonly HashSet<string> ImageFilters =
        ["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode"];

    public static bool IsImageFilter(string name) => ImageFilters.Contains(name);

    /// <summary>Decodes <paramref name="input"/> through one filter; unknown filters are refused.</summary>
    public static Stream Open(string name, Stream input, DictionaryToken parameters) => name switch
    {
        "FlateDecode" or "Fl" => Predicted(Inflate(input), parameters),
        "LZWDecode" or "LZW" =>
            Predicted(new LzwDecodeStream(input, Int(parameters, "EarlyChange", 1) != 0), parameters),
        "ASCIIHexDecode" or "AHx" => new AsciiHexDecodeStream(input),
        "ASCII85Decode" or "A85" => new Ascii85DecodeStream(input),
        "RunLengthDecode" or "RL" => new RunLengthDecodeStream(input),
        _ => throw new NotSupportedException($"Filter {name} is not decoded."),
    };

    private static Stream Inflate(Stream input)
    {
        // Most streams have a zlib header, which DeflateStream does not read; some writers leave it out.
        var first = input.ReadByte();
        var second = input.ReadByte();
        var zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
        if (!zlib)
        {
            input = new PrefixedStream([.. new[] { first, second }.Where(b => b >= 0).Select(b => (byte)b)], input);
        }

        return new DeflateStream(input, CompressionMode.Decompress);
    }

    private static Stream Predicted(Stream decoded, DictionaryToken parameters)
    {
        var predictor = Int(parameters, "Predictor", 1);
        return predictor <= 1
            ? decoded
            : new PredictorStream(
                decoded,
                predictor,
                Int(parameters, "Colors", 1),
                Int(parameters, "BitsPerComponent", 8),
                Int(parameters, "Columns", 1));
    }

    private static int Int(DictionaryToken parameters, string key, int fallback) =>
        parameters.Data.TryGetValue(key, out var token) && token is NumericToken number ? number.Int : fallback;
}

using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;

namespace MerchantPortal.Infrastructure.Documents;

/// <summary>
/// A PDF must parse and have pages; one carrying JavaScript, embedded files or launch actions is refused
/// (never rewritten: what the reviewer sees is what was uploaded). Names are looked for in the raw file and
/// inside compressed streams, with #xx escapes decoded, so /J#61vaScript is found too.
/// </summary>
public static class PdfInspector
{
    private static readonly string[] ActiveNames = ["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/SubmitForm", "/ImportData"];

    public static InspectionResult Inspect(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            if (document.NumberOfPages < 1)
            {
                return InspectionResult.Refused(UploadProblem.PdfCorrupt);
            }
        }
        catch (Exception)
        {
            // PdfPig throws many exception types for malformed files; all of them mean "not a usable PDF".
            return InspectionResult.Refused(UploadProblem.PdfCorrupt);
        }

        return Texts(content).Any(HasActiveName)
            ? InspectionResult.Refused(UploadProblem.PdfActiveContent)
            : new InspectionResult(UploadProblem.None, DocumentFormat.Pdf, content);
    }

    private static bool HasActiveName(string text)
    {
        var names = DecodeNameEscapes(text);
        return ActiveNames.Any(name => ContainsName(names, name));
    }

    // "/JS" must not match "/JSON": a name ends at a delimiter or white space.
    private static bool ContainsName(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]))
            {
                return true;
            }
        }

        return false;
    }

    private static string DecodeNameEscapes(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '#' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                result.Append((char)Convert.ToInt32(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>The file as Latin-1 text, then each Flate stream inflated.</summary>
    private static IEnumerable<string> Texts(byte[] content)
    {
        var raw = Encoding.Latin1.GetString(content);
        yield return raw;
        for (var at = raw.IndexOf("stream", StringComparison.Ordinal); at >= 0; at = raw.IndexOf("stream", at + 6, StringComparison.Ordinal))
        {
            var start = at + 6;
            start += raw.AsSpan(start).StartsWith("\r\n") ? 2 : raw.AsSpan(start).StartsWith("\n") ? 1 : 0;
            var end = raw.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                yield break;
            }

            if (Inflate(content.AsSpan(start, end - start)) is { } inflated)
            {
                yield return inflated;
            }
        }
    }

    private static string? Inflate(ReadOnlySpan<byte> data)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return Encoding.Latin1.GetString(output.ToArray());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

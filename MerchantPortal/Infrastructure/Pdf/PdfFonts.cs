using System.Globalization;
using PdfSharp.Fonts;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// Installs the CJK font resolver into PDFsharp's process-wide <see cref="GlobalFontSettings"/>, once. PDFsharp
/// refuses a second resolver after fonts were used, so the first successful installation wins for the life of
/// the process (a changed <c>Reports:FontPath</c> takes effect at the next start). A failed lookup installs
/// nothing and is tried again at the next report, so installing the font needs no restart. PDFsharp accepts a
/// resolver only before its first font operation of any kind: all PDF work starts at <see cref="PdfReportFactory"/>.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name reports ask for; the resolver maps it (and any other) to the CJK face.</summary>
    public const string Family = "Portal";

    private static readonly Lock Gate = new();
    private static volatile bool installed;
    private static char[] missingSpaces = [];

    public static void EnsureInstalled(string? configuredPath) => EnsureInstalled(configuredPath, new CjkFontLocator());

    public static void EnsureInstalled(string? configuredPath, CjkFontLocator locator)
    {
        if (installed)
        {
            return;
        }

        lock (Gate)
        {
            if (!installed)
            {
                var face = locator.Locate(configuredPath);
                missingSpaces = [.. SpaceSeparators().Where(c => !TrueTypeFace.HasGlyph(face, c))];
                GlobalFontSettings.FontResolver = new CjkFontResolver(face);
                installed = true;
            }
        }
    }

    /// <summary>
    /// The text with every space character the font lacks written as a plain space: .NET's culture data puts
    /// U+202F (narrow no-break space) into English times ("3:36 PM"), which would otherwise print as a box.
    /// </summary>
    public static string Printable(string text)
    {
        var missing = missingSpaces;
        if (missing.Length == 0 || text.IndexOfAny(missing) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Array.IndexOf(missing, source[i]) >= 0 ? ' ' : source[i];
            }
        });
    }

    private static IEnumerable<char> SpaceSeparators() =>
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => c != ' ' && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);
}

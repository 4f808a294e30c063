using PdfSharp.Fonts;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// Installs the CJK font resolver into PDFsharp's process-wide <see cref="GlobalFontSettings"/>, once. PDFsharp
/// refuses a second resolver after fonts were used, so the first successful installation wins for the life of
/// the process (a changed <c>Reports:FontPath</c> takes effect at the next start). A failed lookup installs
/// nothing and is tried again at the next report, so installing the font needs no restart.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name reports ask for; the resolver maps it (and any other) to the CJK face.</summary>
    public const string Family = "Portal";

    private static readonly Lock Gate = new();
    private static volatile bool installed;

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
                GlobalFontSettings.FontResolver = new CjkFontResolver(locator.Locate(configuredPath));
                installed = true;
            }
        }
    }
}

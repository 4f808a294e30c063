using MerchantPortal.Resources;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// No usable CJK font: reports refuse to render rather than print boxes. The message (in the reader's
/// language) names the font to install, the paths tried and the setting that points elsewhere.
/// </summary>
public sealed class MissingFontException(IReadOnlyList<string> triedPaths, bool configured)
    : InvalidOperationException(Describe(triedPaths, configured))
{
    public const string SuggestedFont = "WenQuanYi Micro Hei (fonts-wqy-microhei)";

    public IReadOnlyList<string> TriedPaths { get; } = triedPaths;

    private static string Describe(IReadOnlyList<string> triedPaths, bool configured) => string.Format(
        configured ? PdfText.ConfiguredFontUnusable : PdfText.NoSystemFont,
        SuggestedFont,
        ReportOptions.FontPathKey,
        string.Join(", ", triedPaths));
}

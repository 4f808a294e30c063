namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// Finds a font with Chinese and Latin glyphs and TrueType outlines: the configured file when one is set
/// (authoritative: a typo must not silently fall back to another font), otherwise the first usable one
/// among the usual system locations. CFF-outlined fonts (Noto CJK, Hiragino) are skipped: PDFsharp embeds
/// them whole, megabytes per PDF.
/// </summary>
public sealed class CjkFontLocator(IReadOnlyList<string> systemCandidates)
{
    /// <summary>Where this operating system keeps the CJK fonts it usually has, best first.</summary>
    public static IReadOnlyList<string> KnownSystemFonts { get; } =
        OperatingSystem.IsWindows() ? [.. new[] { "msyh.ttc", "simhei.ttf", "simsun.ttc" }.Select(WindowsFont)]
        : OperatingSystem.IsMacOS() ?
        [
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
        ]
        :
        [
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
        ];

    public CjkFontLocator()
        : this(KnownSystemFonts)
    {
    }

    /// <summary>The chosen font's first face as standalone TTF bytes; throws <see cref="MissingFontException"/> when none fits.</summary>
    public byte[] Locate(string? configuredPath)
    {
        var configured = !string.IsNullOrWhiteSpace(configuredPath);
        var candidates = configured ? [configuredPath!] : systemCandidates;
        foreach (var path in candidates)
        {
            if (Read(path) is { } face)
            {
                return face;
            }
        }

        throw new MissingFontException(candidates, configured);
    }

    private static byte[]? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var face = TrueTypeFace.FirstFace(File.ReadAllBytes(path));
        // 中 and A: the font must print both scripts, or reports would show boxes.
        return face is not null && TrueTypeFace.HasGlyphOutlines(face) && TrueTypeFace.HasGlyph(face, '中') && TrueTypeFace.HasGlyph(face, 'A')
            ? face
            : null;
    }

    private static string WindowsFont(string file) => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Fonts), file);
}

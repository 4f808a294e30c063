using System.Globalization;
using System.Text;

namespace MerchantPortal.Features.Documents;

/// <summary>
/// The name the uploader gave is kept only to show it back. Invisible characters are removed first; a name with a
/// path, control characters or an absurd length (or nothing left) is refused outright. The stored extension is
/// always the one the content proved.
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 200;

    public static bool IsAcceptable(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= MaxLength
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && !name.Contains("..", StringComparison.Ordinal)
        && !name.Any(char.IsControl);

    /// <summary>
    /// The name without bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and every other format
    /// character (category Cf: zero-width spaces and joiners, the BOM, tags), line and paragraph separators and the
    /// fillers that draw nothing: a U+202E would make "gpj.exe" read as "exe.jpg" to a reviewer. Stripped, not refused.
    /// </summary>
    public static string Clean(string? name)
    {
        var kept = new StringBuilder((name ?? "").Length);
        foreach (var rune in (name ?? "").EnumerateRunes())
        {
            if (!IsInvisible(rune))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString().Trim();
    }

    public static string WithExtension(string name, string extension) => Path.GetFileNameWithoutExtension(name.Trim()) + extension;

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || rune.Value is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFFA0 or (>= 0xFE00 and <= 0xFE0F);
}

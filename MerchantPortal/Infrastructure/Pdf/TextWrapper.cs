using System.Text;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: Chinese (and other CJK) text may break between any two characters,
/// Latin text only at spaces; a word wider than the line (a hash, a URL) is broken where it must be. Closing
/// punctuation stays with the character before it, so no line starts with "，" or "。".
/// </summary>
public static class TextWrapper
{
    private const string ClosingPunctuation = "，。、；：！？）》」』】〉,.;:!?)]}%";

    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, width, measure, lines);
        }

        return lines;
    }

    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF'
        || char.IsSurrogate(c);

    private static void WrapParagraph(string paragraph, double width, Func<string, double> measure, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var token in Tokens(paragraph))
        {
            if (line.Length > 0 && measure((line + token).TrimEnd()) > width)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }

            line.Append(line.Length == 0 ? token.TrimStart() : token);
            if (measure(line.ToString().TrimEnd()) > width)
            {
                BreakOverlong(line, width, measure, lines);
            }
        }

        lines.Add(line.ToString().TrimEnd());
    }

    /// <summary>Moves full-width pieces of an overlong line into <paramref name="lines"/>, leaving the rest in <paramref name="line"/>.</summary>
    private static void BreakOverlong(StringBuilder line, double width, Func<string, double> measure, List<string> lines)
    {
        var text = line.ToString();
        var piece = new StringBuilder();
        foreach (var c in text)
        {
            if (piece.Length > 0 && !char.IsLowSurrogate(c) && measure(piece.ToString() + c) > width)
            {
                lines.Add(piece.ToString().TrimEnd());
                piece.Clear();
            }

            piece.Append(c);
        }

        line.Clear().Append(piece);
    }

    /// <summary>The pieces between which a line may break; spaces stay at the end of the piece before them.</summary>
    private static IEnumerable<string> Tokens(string paragraph)
    {
        var token = new StringBuilder();
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var startsPiece = IsCjk(c) && !char.IsLowSurrogate(c) && !ClosingPunctuation.Contains(c)
                || (!char.IsWhiteSpace(c) && i > 0 && char.IsWhiteSpace(paragraph[i - 1]))
                || (!IsCjk(c) && !char.IsWhiteSpace(c) && !ClosingPunctuation.Contains(c) && i > 0 && IsCjk(paragraph[i - 1]));
            if (startsPiece && token.Length > 0)
            {
                yield return token.ToString();
                token.Clear();
            }

            token.Append(c);
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }
}

using System.Globalization;

namespace MerchantPortal.Domain.Identifiers;

public enum IdNumberProblem
{
    None,
    WrongLength,
    InvalidCharacter,
    UnknownRegion,
    InvalidBirthDate,
    FutureBirthDate,
    WrongCheckCharacter,
}

/// <summary>
/// The 18-character resident ID number (居民身份证号码) of GB 11643-1999: a region code whose first two digits
/// name a province, a birth date, a sequence number, and a mod-11 check character (0–9 or X).
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // GB/T 2260 provinces, plus 71 (Taiwan) and 81–83 (residence permits for Hong Kong, Macao and Taiwan residents).
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    public static IdNumberProblem Check(string? input, DateOnly today, out string normalized)
    {
        normalized = IdentifierText.Normalize(input);
        if (normalized.Length != Length)
        {
            return IdNumberProblem.WrongLength;
        }

        if (!normalized[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(normalized[17]) || normalized[17] == 'X'))
        {
            return IdNumberProblem.InvalidCharacter;
        }

        if (!Provinces.Contains(normalized[..2]))
        {
            return IdNumberProblem.UnknownRegion;
        }

        if (BirthDate(normalized) is not { } birth || birth.Year < 1900)
        {
            return IdNumberProblem.InvalidBirthDate;
        }

        if (birth > today)
        {
            return IdNumberProblem.FutureBirthDate;
        }

        var sum = normalized.Take(17).Select((c, i) => (c - '0') * Weights[i]).Sum();
        return CheckCharacters[sum % 11] == normalized[17] ? IdNumberProblem.None : IdNumberProblem.WrongCheckCharacter;
    }

    /// <summary>The birth date in characters 7–14, or null when those are not a real date.</summary>
    public static DateOnly? BirthDate(string normalized) =>
        normalized.Length >= 14 && DateOnly.TryParseExact(normalized.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Shown masked: the region and the last four characters, as in <c>1101**********002X</c>.</summary>
    public static string Mask(string normalized) =>
        normalized.Length <= 8 ? new string('*', normalized.Length) : normalized[..4] + new string('*', normalized.Length - 8) + normalized[^4..];
}

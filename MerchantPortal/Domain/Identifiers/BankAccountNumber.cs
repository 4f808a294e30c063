namespace MerchantPortal.Domain.Identifiers;

public enum BankAccountProblem
{
    None,
    InvalidCharacter,
    WrongLength,
}

/// <summary>
/// Settlement account numbers. Corporate accounts (对公账户) have 8–30 digits and no common check digit;
/// personal bank cards (对私账户) have 10–30 digits and usually, but not always, pass the Luhn check, so a
/// Luhn failure is only a warning.
/// </summary>
public static class BankAccountNumber
{
    public static string Normalize(string? input) => IdentifierText.Normalize(input);

    public static BankAccountProblem Check(string? input, bool corporate, out string normalized)
    {
        normalized = Normalize(input);
        if (!normalized.All(char.IsAsciiDigit))
        {
            return BankAccountProblem.InvalidCharacter;
        }

        var (min, max) = corporate ? (8, 30) : (10, 30);
        return normalized.Length < min || normalized.Length > max ? BankAccountProblem.WrongLength : BankAccountProblem.None;
    }

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    /// <summary>Shown masked: only the last four digits.</summary>
    public static string Mask(string normalized) =>
        normalized.Length <= 4 ? normalized : new string('*', normalized.Length - 4) + normalized[^4..];
}

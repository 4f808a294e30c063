namespace MerchantPortal.Domain.Identifiers;

public enum CreditCodeProblem
{
    None,
    WrongLength,
    InvalidCharacter,
    WrongCheckCharacter,
    WrongOrganizationCode,
}

/// <summary>
/// The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
/// alphabet (no I, O, S, V, Z), the last a check character over weights 3^(i−1) mod 31; characters 9–17
/// are the organization code of GB 11714 with its own mod-11 check.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]; // 3^(i−1) mod 31
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static CreditCodeProblem Check(string? input, out string normalized)
    {
        normalized = IdentifierText.Normalize(input);
        if (normalized.Length != Length)
        {
            return CreditCodeProblem.WrongLength;
        }

        if (normalized.Any(c => !Alphabet.Contains(c)))
        {
            return CreditCodeProblem.InvalidCharacter;
        }

        var sum = normalized.Take(Length - 1).Select((c, i) => Alphabet.IndexOf(c) * Weights[i]).Sum();
        if (Alphabet[(31 - (sum % 31)) % 31] != normalized[^1])
        {
            return CreditCodeProblem.WrongCheckCharacter;
        }

        return OrganizationCodeHolds(normalized.Substring(8, 9)) ? CreditCodeProblem.None : CreditCodeProblem.WrongOrganizationCode;
    }

    /// <summary>GB 11714: eight body characters (digits, or letters valued A=10 … Z=35) and a check character 0–9 or X.</summary>
    private static bool OrganizationCodeHolds(string code)
    {
        var sum = code.Take(8).Select((c, i) => (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * OrganizationWeights[i]).Sum();
        var check = (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
        return code[8] == check;
    }
}

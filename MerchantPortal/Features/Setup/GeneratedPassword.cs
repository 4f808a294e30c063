using System.Security.Cryptography;

namespace MerchantPortal.Features.Setup;

/// <summary>Random passwords for accounts an operator creates; they meet Identity's rules (upper, lower, digit, symbol).</summary>
public static class GeneratedPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%*+-=?@";

    public static string New(int length = 16)
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new[] { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) }
            .Concat(Enumerable.Range(0, length - 4).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}

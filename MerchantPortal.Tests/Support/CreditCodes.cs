namespace MerchantPortal.Tests.Support;

/// <summary>Fresh valid unified social credit codes, so tests never collide on the "code already in use" rule.</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private static int next = Random.Shared.Next(10_000_000, 80_000_000);

    public static string Next()
    {
        var body = Interlocked.Increment(ref next).ToString("D8");
        var orgCheck = (11 - (body.Select((c, i) => (c - '0') * OrganizationWeights[i]).Sum() % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
        var first17 = "91440300" + body + orgCheck;
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c) * Weights[i]).Sum();
        return first17 + Alphabet[(31 - (sum % 31)) % 31];
    }
}

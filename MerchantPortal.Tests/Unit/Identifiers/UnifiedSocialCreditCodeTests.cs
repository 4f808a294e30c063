using MerchantPortal.Domain.Identifiers;

namespace MerchantPortal.Tests.Unit.Identifiers;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("9144030071526726XG")]
    [InlineData("121200004013590816")]
    [InlineData("91110000802100433B")]
    public void PublishedCodes_AreValid(string code)
    {
        Assert.Equal(CreditCodeProblem.None, UnifiedSocialCreditCode.Check(code, out var normalized));
        Assert.Equal(code, normalized);
    }

    [Theory]
    [InlineData(" ９１３５ ０１００-Ｍ０００１００ｙ４３ ", "91350100M000100Y43")]
    [InlineData("9144-0300-7152-6726-xg", "9144030071526726XG")]
    public void FullWidthSpacedOrLowerCaseInput_IsNormalized(string input, string expected)
    {
        Assert.Equal(CreditCodeProblem.None, UnifiedSocialCreditCode.Check(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("91350100M000100Y44", CreditCodeProblem.WrongCheckCharacter)]
    [InlineData("9144030071526726XH", CreditCodeProblem.WrongCheckCharacter)]
    [InlineData("91350100M000100Y4", CreditCodeProblem.WrongLength)]
    [InlineData("91350100M000100Y433", CreditCodeProblem.WrongLength)]
    [InlineData("", CreditCodeProblem.WrongLength)]
    [InlineData("91350100I000100Y43", CreditCodeProblem.InvalidCharacter)]
    [InlineData("91350100O000100Y43", CreditCodeProblem.InvalidCharacter)]
    [InlineData("91350100S000100Y43", CreditCodeProblem.InvalidCharacter)]
    [InlineData("91350100V000100Y43", CreditCodeProblem.InvalidCharacter)]
    [InlineData("91350100Z000100Y43", CreditCodeProblem.InvalidCharacter)]
    public void InvalidCodes_SayWhatIsWrong(string code, CreditCodeProblem problem) =>
        Assert.Equal(problem, UnifiedSocialCreditCode.Check(code, out _));

    [Fact]
    public void CodeWhoseOwnCheckHolds_ButOrganizationCodeDoesNot_IsRefused()
    {
        // Characters 9–17 changed from 802100433 to 802100434, then the 18th recomputed so only GB 11714 fails.
        Assert.Equal(CreditCodeProblem.WrongOrganizationCode, UnifiedSocialCreditCode.Check(WithValidCheck("91110000802100434"), out _));
    }

    private static string WithValidCheck(string first17)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = first17.Select((c, i) => alphabet.IndexOf(c) * weights[i]).Sum();
        return first17 + alphabet[(31 - (sum % 31)) % 31];
    }
}

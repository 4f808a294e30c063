using MerchantPortal.Domain.Identifiers;

namespace MerchantPortal.Tests.Unit.Identifiers;

public class ContactAndBankTests
{
    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("+86 138-0013-8000", true)]
    [InlineData("0086 13800138000", true)]
    [InlineData("１３８００１３８０００", true)]
    [InlineData("12800138000", false)]
    [InlineData("1380013800", false)]
    [InlineData("010-12345678", false)]
    public void MainlandMobile_AcceptsTheUsualWaysOfWritingIt(string input, bool valid) =>
        Assert.Equal(valid, MainlandMobile.IsValid(input));

    [Theory]
    [InlineData("1234-5678-9012", true, BankAccountProblem.None)]
    [InlineData("1234567", true, BankAccountProblem.WrongLength)]
    [InlineData("6222 0212 3456 7890", false, BankAccountProblem.None)]
    [InlineData("123456789", false, BankAccountProblem.WrongLength)]
    [InlineData("6222A21234567890", false, BankAccountProblem.InvalidCharacter)]
    public void BankAccount_LengthsDependOnTheAccountType(string input, bool corporate, BankAccountProblem problem) =>
        Assert.Equal(problem, BankAccountNumber.Check(input, corporate, out _));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("6222021234567890", false)]
    public void Luhn_IsComputedOverTheDigits(string digits, bool passes) =>
        Assert.Equal(passes, BankAccountNumber.PassesLuhn(digits));

    [Fact]
    public void BankAccountMask_ShowsOnlyTheLastFour() =>
        Assert.Equal("************7890", BankAccountNumber.Mask("6222021234567890"));
}

using MerchantPortal.Domain.Identifiers;

namespace MerchantPortal.Tests.Unit.Identifiers;

public class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X")]
    [InlineData("110105 19491231 002X", "11010519491231002X")]
    public void PublishedNumber_IsValid_InAnyForm(string input, string expected)
    {
        Assert.Equal(IdNumberProblem.None, ResidentIdNumber.Check(input, Today, out var normalized));
        Assert.Equal(expected, normalized);
        Assert.Equal(new DateOnly(1949, 12, 31), ResidentIdNumber.BirthDate(normalized));
    }

    [Theory]
    [InlineData("110105194912310021", IdNumberProblem.WrongCheckCharacter)]
    [InlineData("11010519490231002X", IdNumberProblem.InvalidBirthDate)]
    [InlineData("110105203001010011", IdNumberProblem.FutureBirthDate)]
    [InlineData("99010519491231002X", IdNumberProblem.UnknownRegion)]
    [InlineData("1101051949123100", IdNumberProblem.WrongLength)]
    [InlineData("11010519491231002Y", IdNumberProblem.InvalidCharacter)]
    public void InvalidNumbers_SayWhatIsWrong(string input, IdNumberProblem problem) =>
        Assert.Equal(problem, ResidentIdNumber.Check(input, Today, out _));

    [Fact]
    public void Mask_KeepsRegionAndLastFour() =>
        Assert.Equal("1101**********002X", ResidentIdNumber.Mask("11010519491231002X"));
}

using MerchantPortal.Features.Settings;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Settings;

public class RejectionReasonInputValidatorTests
{
    private static RejectionReasonInput New(string code) => new()
    {
        Code = code,
        Zh = "公章不清晰",
        En = "The company seal cannot be read",
        IsNew = true,
        TakenCodes = ["Illegible", "Other"],
    };

    private static IReadOnlyList<string> Errors(RejectionReasonInput input) =>
        [.. new RejectionReasonInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage)];

    [Theory]
    [InlineData("seal-unclear")]
    [InlineData("ab")]
    [InlineData("2027-rule-7")]
    public void ANewCodeOfLowercaseWordsAndHyphens_Passes(string code) => Assert.Empty(Errors(New(code)));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Seal")]
    [InlineData("seal unclear")]
    [InlineData("seal_unclear")]
    [InlineData("公章")]
    [InlineData("abcdefghij-abcdefghij-abcdefghij-abcdefgh")]
    public void ANewCodeOfAnyOtherForm_IsRefused(string code)
    {
        using var scope = new CultureScope("zh-CN");

        Assert.Equal(["代码须为 2–40 位小写字母、数字或连字符。"], Errors(New(code)));
    }

    [Fact]
    public void ACodeInUse_IsRefused_WhateverItsCase()
    {
        using var scope = new CultureScope("en");

        Assert.Equal(["The code illegible is already in use."], Errors(New("illegible")));
    }

    [Fact]
    public void EditingASeededReason_KeepsItsOlderCodeForm()
    {
        var input = New("Illegible");
        input.IsNew = false;

        Assert.Empty(Errors(input));
    }

    [Fact]
    public void BothTexts_AreRequired()
    {
        using var scope = new CultureScope("zh-CN");
        var input = New("seal-unclear");
        (input.Zh, input.En) = ("  ", "");

        Assert.Equal(["请填写中文说明。", "请填写英文说明。"], Errors(input));
    }

    [Fact]
    public void ATextOver200Characters_IsRefused()
    {
        using var scope = new CultureScope("en");
        var input = New("seal-unclear");
        input.En = new string('x', RejectionReasonInputValidator.MaxTextLength + 1);

        Assert.Equal(["The English text can be at most 200 characters."], Errors(input));
    }
}

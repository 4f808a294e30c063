using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Catalogue;

public class RuleSetInputValidatorTests
{
    private static RequirementRuleInput Photo(params string[] platforms) => new() { Document = DocumentKind.StorefrontPhoto, PlatformCodes = [.. platforms] };

    private static RuleSetInput Set(params RequirementRuleInput[] rules) => new()
    {
        BasedOnVersion = 3,
        Rules = [.. rules],
        KnownPlatformCodes = ["alipay", "wechatpay", "applepay"],
    };

    private static IReadOnlyList<string> Errors(RuleSetInput input) =>
        [.. new RuleSetInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage)];

    [Fact]
    public void TheDefaultRules_Pass() =>
        Assert.Empty(Errors(Set([.. DefaultRequirementRules.Core.Select(RequirementRuleInput.From), Photo("wechatpay")])));

    [Fact]
    public void EachRule_IsValidatedToo()
    {
        using var scope = new CultureScope("zh-CN");

        Assert.Equal(["请选择规则要求的材料。"], Errors(Set(Photo(), new RequirementRuleInput { PlatformCodes = ["alipay"] })));
    }

    [Fact]
    public void APlatformOutsideTheCatalogue_IsRefused()
    {
        using var scope = new CultureScope("en");

        Assert.Equal(["paypal is not a platform in the catalogue."], Errors(Set(Photo("wechatpay", "paypal"))));
    }

    [Fact]
    public void TwoRulesAlike_AreRefused_WhateverTheOrderOfTheirLists()
    {
        using var scope = new CultureScope("en");
        var first = Photo("wechatpay", "alipay");
        first.SubjectTypes = [SubjectType.SoleProprietor, SubjectType.Enterprise];
        var second = Photo("alipay", "wechatpay");
        second.SubjectTypes = [SubjectType.Enterprise, SubjectType.SoleProprietor];

        Assert.Equal(["Two rules ask for Storefront photo under the same conditions."], Errors(Set(first, second)));
    }

    [Fact]
    public void TheSameDocumentUnderOtherConditions_IsNoRepeat() =>
        Assert.Empty(Errors(Set(Photo("wechatpay"), Photo("alipay"))));

    [Fact]
    public void AnEmptySet_IsRefused()
    {
        using var scope = new CultureScope("en");

        Assert.Equal(["The rules need at least one rule."], Errors(Set()));
    }

    [Fact]
    public void MoreRulesThanTheLimit_AreRefused()
    {
        var rules = Enumerable.Range(0, RuleSetInputValidator.MaxRules + 1)
            .Select(i => new RequirementRuleInput { Document = DocumentKind.TaxRegistration, Industries = [(Industry)(i % 11)], SubjectTypes = [(SubjectType)(i / 11 % 5)], AnyOfScenes = (Scenes)(i / 55 + 1) });

        using var scope = new CultureScope("en");

        Assert.Equal(["At most 300 rules."], Errors(Set([.. rules])));
    }
}

using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;

namespace MerchantPortal.Tests.Unit.Requirements;

public class RuleSetChangeTests
{
    [Fact]
    public void Signature_IgnoresIdsVersionsAndTheOrderOfLists()
    {
        var first = new RequirementRule(DocumentKind.StorefrontPhoto, [SubjectType.SoleProprietor, SubjectType.Enterprise], platformCodes: ["wechatpay", "alipay"]);
        var second = new RequirementRule(DocumentKind.StorefrontPhoto, [SubjectType.Enterprise, SubjectType.SoleProprietor], platformCodes: ["alipay", "wechatpay"]).InVersion(7);

        Assert.Equal(first.Signature(), second.Signature());
        Assert.Equal("StorefrontPhoto; platforms=alipay,wechatpay; subjects=Enterprise,SoleProprietor; industries=*; scenes=*; corporateAccountOnly=False; contactNotLegalRepresentativeOnly=False",
            first.Signature());
    }

    [Fact]
    public void Signature_TellsEveryConditionApart()
    {
        RequirementRule[] rules =
        [
            new(DocumentKind.TaxRegistration),
            new(DocumentKind.TaxRegistration, industries: [Industry.Food]),
            new(DocumentKind.TaxRegistration, anyOfScenes: Scenes.InStore),
            new(DocumentKind.TaxRegistration, corporateAccountOnly: true),
            new(DocumentKind.TaxRegistration, contactNotLegalRepresentativeOnly: true),
            new(DocumentKind.TaxRegistration, platformCodes: ["alipay"]),
            new(DocumentKind.TaxRegistration, subjectTypes: [SubjectType.GovernmentBody]),
        ];

        Assert.Equal(rules.Length, rules.Select(r => r.Signature()).Distinct().Count());
    }

    [Fact]
    public void Between_NamesTheRulesAddedAndRemoved()
    {
        var kept = new RequirementRule(DocumentKind.TaxRegistration);
        var dropped = new RequirementRule(DocumentKind.BankAccountProof, corporateAccountOnly: true);
        var added = new RequirementRule(DocumentKind.InteriorPhoto, platformCodes: ["wechatpay"]);

        var change = RuleSetChange.Between([kept, dropped], [kept.InVersion(2), added]);

        Assert.Equal([added.Signature()], change.Added);
        Assert.Equal([dropped.Signature()], change.Removed);
        Assert.False(change.IsEmpty);
    }

    [Fact]
    public void Between_TheSameRulesInAnotherOrder_IsNoChange() =>
        Assert.True(RuleSetChange.Between(DefaultRequirementRules.Core, DefaultRequirementRules.Core.Reverse().Select(r => r.InVersion(9))).IsEmpty);
}

using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;

namespace MerchantPortal.Tests.Unit.Review;

public class RiskChecksTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly IdentityDetails Identity = new("王建国", IdDocumentType.ResidentIdCard, "11010519491231002X", new DateOnly(2020, 1, 1), null,
        [new IdentityDetails.BeneficialOwner("王建国", "11010519491231002X", 100, true)], SettlementAccountType.Corporate, "福州示例餐饮管理有限公司",
        "中国工商银行", "福州鼓楼支行", "1402021209100012345");

    private static readonly RiskFacts Clean = new(Identity, null, Today, [], [], []);

    [Fact]
    public void ACleanCase_HasNoFindings_AndIsLowRisk()
    {
        var findings = RiskChecks.Evaluate(Clean);

        Assert.Empty(findings);
        Assert.Equal(RiskLevel.Low, RiskChecks.LevelOf(findings));
    }

    public static TheoryData<string, RiskFacts, RiskCheck, RiskLevel> Crafted() => new()
    {
        { "personal account in another name", Clean with { Identity = Identity with { AccountType = SettlementAccountType.Personal, AccountName = "李四" } }, RiskCheck.AccountHolderIsNotLegalRepresentative, RiskLevel.High },
        { "credit code closed elsewhere", Clean with { CreditCodeClosedElsewhere = [new("某单位", "Rejected")] }, RiskCheck.CreditCodeClosedElsewhere, RiskLevel.Medium },
        { "same file as another organization", Clean with { DocumentsUsedElsewhere = [new("另一单位", "BusinessLicense")] }, RiskCheck.DocumentUsedByAnotherOrganization, RiskLevel.High },
        { "legal representative aged 17", Clean with { Identity = Identity with { IdNumber = "110105200906150011" } }, RiskCheck.LegalRepresentativeUnder18, RiskLevel.High },
        { "license expired yesterday", Clean with { LicenseValidTo = Today.AddDays(-1) }, RiskCheck.LicenseExpired, RiskLevel.High },
        { "license expires in 30 days", Clean with { LicenseValidTo = Today.AddDays(30) }, RiskCheck.LicenseExpiringSoon, RiskLevel.Medium },
        { "mobile shared", Clean with { ContactMobileSharedWith = [new("另一单位")] }, RiskCheck.ContactMobileShared, RiskLevel.Medium },
    };

    [Theory]
    [MemberData(nameof(Crafted))]
    public void EachCheck_FiresOnItsCraftedCase_AndSetsTheLevel(string name, RiskFacts facts, RiskCheck check, RiskLevel level)
    {
        var finding = Assert.Single(RiskChecks.Evaluate(facts));

        Assert.True((finding.Check, finding.Level) == (check, level), $"{name}: {finding.Check} / {finding.Level}");
        Assert.NotEmpty(finding.Evidence);
        Assert.Equal(level, RiskChecks.LevelOf([finding]));
    }

    [Fact]
    public void APersonalAccount_InTheRepresentativesOwnName_IsFine_WhateverTheSpacingOrWidth() =>
        Assert.Empty(RiskChecks.Evaluate(Clean with { Identity = Identity with { AccountType = SettlementAccountType.Personal, AccountName = " 王 建国 " } }));

    [Fact]
    public void ALicenseValidFor31MoreDays_IsNotFlagged() =>
        Assert.Empty(RiskChecks.Evaluate(Clean with { LicenseValidTo = Today.AddDays(31) }));

    [Fact]
    public void TheWorstFinding_SetsTheLevel() =>
        Assert.Equal(RiskLevel.High, RiskChecks.LevelOf(RiskChecks.Evaluate(Clean with { LicenseValidTo = Today.AddDays(-1), ContactMobileSharedWith = [new("另一单位")] })));
}

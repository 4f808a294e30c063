using Bunit;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Components.Review;

public class CaseRiskPanelTests
{
    private static readonly ReviewCase.Risk HighRisk = new(RiskLevel.High, RiskOccasion.Submission, new DateTime(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc),
    [
        new RiskFinding(RiskCheck.DocumentUsedByAnotherOrganization, RiskLevel.High, [new RiskEvidence("另一单位", "BusinessLicense")]),
        new RiskFinding(RiskCheck.CreditCodeClosedElsewhere, RiskLevel.Medium, [new RiskEvidence("曾撤回的单位", "Withdrawn")]),
        new RiskFinding(RiskCheck.AccountHolderIsNotLegalRepresentative, RiskLevel.High, [new RiskEvidence("赵敏"), new RiskEvidence("黄伟")]),
    ]);

    [Theory]
    [InlineData("zh-CN", "高风险", "营业执照：另一单位", "曾撤回的单位（已撤回）", "账户户名：赵敏；法定代表人：黄伟")]
    [InlineData("en", "High risk", "Business license: 另一单位", "曾撤回的单位 (Withdrawn)", "Account holder: 赵敏; legal representative: 黄伟")]
    public async Task EachFinding_ShowsItsEvidence_InTheReadersLanguage(string culture, string level, string document, string closed, string account)
    {
        using var _ = new CultureScope(culture);
        await using var context = MudTestContext.Create();

        var panel = context.Render<CaseRiskPanel>(p => p.Add(c => c.Risk, HighRisk));

        Assert.Contains(level, panel.Find("[data-risk]").TextContent);
        Assert.Contains(document, panel.Find($"[data-check={RiskCheck.DocumentUsedByAnotherOrganization}]").TextContent);
        Assert.Contains(closed, panel.Find($"[data-check={RiskCheck.CreditCodeClosedElsewhere}]").TextContent);
        Assert.Contains(account, panel.Find($"[data-check={RiskCheck.AccountHolderIsNotLegalRepresentative}]").TextContent);
    }

    [Fact]
    public async Task ACaseNotYetChecked_SaysSo()
    {
        using var _ = new CultureScope("en");
        await using var context = MudTestContext.Create();

        var panel = context.Render<CaseRiskPanel>(p => p.Add(c => c.Risk, null));

        Assert.Contains("Not checked yet", panel.Markup);
        Assert.Empty(panel.FindAll("[data-check]"));
    }
}

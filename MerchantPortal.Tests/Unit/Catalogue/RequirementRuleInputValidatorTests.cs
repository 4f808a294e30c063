using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Catalogue;

public class RequirementRuleInputValidatorTests
{
    private static IReadOnlyList<string> Errors(RequirementRuleInput input) =>
        [.. new RequirementRuleInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage)];

    [Fact]
    public void ADocumentForEverySubjectType_Passes() =>
        Assert.Empty(Errors(new RequirementRuleInput { Document = DocumentKind.InteriorPhoto, PlatformCodes = ["wechatpay"] }));

    [Fact]
    public void EveryCondition_Passes() => Assert.Empty(Errors(new RequirementRuleInput
    {
        Document = DocumentKind.FoodBusinessLicense,
        SubjectTypes = [SubjectType.Enterprise, SubjectType.SoleProprietor],
        Industries = [Industry.Food, Industry.Catering],
        AnyOfScenes = Scenes.InStore | Scenes.MiniProgram,
        CorporateAccountOnly = true,
        ContactNotLegalRepresentativeOnly = true,
    }));

    [Fact]
    public void ARuleWithoutADocument_IsRefused()
    {
        using var scope = new CultureScope("en");

        Assert.Equal(["Choose the document the rule asks for."], Errors(new RequirementRuleInput { SubjectTypes = [SubjectType.Enterprise] }));
    }

    [Fact]
    public void UnknownValues_AreRefused_OneMessageEach()
    {
        using var scope = new CultureScope("zh-CN");
        var rule = new RequirementRuleInput
        {
            Document = (DocumentKind)99,
            SubjectTypes = [(SubjectType)42],
            Industries = [(Industry)42],
            AnyOfScenes = (Scenes)64,
        };

        Assert.Equal(Enumerable.Repeat("条件中含有系统不认识的值。", 4), Errors(rule));
    }

    [Fact]
    public void ToRule_DropsRepeatsAndOrdersTheLists()
    {
        var input = new RequirementRuleInput
        {
            Document = DocumentKind.StorefrontPhoto,
            PlatformCodes = ["wechatpay", "alipay", "wechatpay"],
            SubjectTypes = [SubjectType.SoleProprietor, SubjectType.Enterprise, SubjectType.Enterprise],
        };

        var rule = input.ToRule();

        Assert.Equal(["alipay", "wechatpay"], rule.PlatformCodes);
        Assert.Equal([SubjectType.Enterprise, SubjectType.SoleProprietor], rule.SubjectTypes);
    }
}

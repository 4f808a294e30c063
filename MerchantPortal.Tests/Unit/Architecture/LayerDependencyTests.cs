using NetArchTest.Rules;

namespace MerchantPortal.Tests.Unit.Architecture;

public class LayerDependencyTests
{
    [Fact]
    public void Domain_DependsOnNoOtherLayer()
    {
        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace("MerchantPortal.Domain")
            .ShouldNot().HaveDependencyOnAny(
                "MerchantPortal.Data",
                "MerchantPortal.Features",
                "MerchantPortal.Components",
                "MerchantPortal.Infrastructure",
                "MerchantPortal.Platforms",
                "Microsoft.EntityFrameworkCore",
                "Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, "Domain types with forbidden dependencies: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Domain_HasTypes_SoTheRuleAboveChecksSomething()
    {
        var domainTypes = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace("MerchantPortal.Domain").GetTypes();

        Assert.Contains(domainTypes, t => t.Name == "Organization");
    }
}

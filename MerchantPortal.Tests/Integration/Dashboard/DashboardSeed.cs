using MerchantPortal.Domain.Accounts;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MerchantPortal.Tests.Integration.Dashboard;

/// <summary>
/// One portal with three applications made through the portal's services: approved (Alipay and WeChat Pay),
/// rejected after a document was refused as illegible (WeChat Pay), and a draft past step 2 (WeChat Pay).
/// </summary>
public sealed class DashboardSeed : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public TestAccount Admin { get; private set; } = null!;

    public TestAccount Reviewer { get; private set; } = null!;

    public Guid Approved { get; private set; }

    public Guid Rejected { get; private set; }

    public Guid Draft { get; private set; }

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        Reviewer = await Factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var first = await Factory.CreateAccountAsync(PortalRoles.Applicant, organizationName: "看板测试甲");
        Approved = await WizardSeed.SubmittedAsync(Factory, first, new PlatformsStepInput { PlatformCodes = ["alipay", "wechatpay"], InStore = true });
        await ReviewSeed.ClaimAsync(Factory, Reviewer, Approved);
        await ReviewSeed.ApproveAllDocumentsAsync(Factory, Reviewer, first, Approved);
        await Decide(d => d.ApproveAsync(Reviewer.Id, Approved));

        var second = await Factory.CreateAccountAsync(PortalRoles.Applicant, organizationName: "看板测试乙");
        Rejected = await WizardSeed.SubmittedAsync(Factory, second);
        await ReviewSeed.ClaimAsync(Factory, Reviewer, Rejected);
        var license = (await ReviewSeed.DocumentsAsync(Factory, second, Rejected))[0].Versions[0].Id;
        await ReviewSeed.DecideAsync(Factory, Reviewer, license, new DocumentVerdict { Approved = false, ReasonCode = "Illegible" });
        await Decide(d => d.RejectAsync(Reviewer.Id, Rejected, "资料不实"));

        var third = await Factory.CreateAccountAsync(PortalRoles.Applicant, organizationName: "看板测试丙");
        Draft = await WizardSeed.ThroughEnterpriseAsync(Factory, third);
    }

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();

    private Task Decide(Func<CaseDecisionService, Task> decide) =>
        Factory.WithServicesAsync(async sp =>
        {
            await decide(sp.GetRequiredService<CaseDecisionService>());
            return true;
        });
}

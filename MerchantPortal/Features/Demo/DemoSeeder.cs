using System.Text;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Review;
using MerchantPortal.Features.Organizations;
using MerchantPortal.Infrastructure.Terminal;

namespace MerchantPortal.Features.Demo;

/// <summary>
/// <c>--demo</c>: an admin, three reviewers and six applicant organizations whose applications stand in
/// several states (in review, waiting, restarted after a withdrawal, awaiting a second approval, approved, rejected), all marked as demo data. The accounts, passwords and staff TOTP secrets are printed to
/// the console only, never logged. Nothing here runs without the switch.
/// </summary>
public sealed class DemoSeeder(
    DemoAccounts accounts,
    OrganizationService organizations,
    ApplicationService applications,
    DemoApplications demoApplications,
    ReviewAssignmentService assignments,
    DocumentService documents,
    DocumentReviewService documentReview,
    CaseDecisionService decisions,
    OperatorConsole console)
{
    public const string EmailDomain = "demo.merchantportal.local";

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync()
    {
        var seeded = new List<DemoAccount>
        {
            (await accounts.EnsureAsync($"admin@{EmailDomain}", PortalRoles.Admin, "赵磊", withAuthenticator: true)).Account,
        };
        var reviewers = new List<string>();
        foreach (var (email, name) in new[] { ("reviewer1", "张敏"), ("reviewer2", "李强"), ("reviewer3", "王丽") })
        {
            var (user, account) = await accounts.EnsureAsync($"{email}@{EmailDomain}", PortalRoles.Reviewer, name, withAuthenticator: true);
            reviewers.Add(user.Id);
            seeded.Add(account);
        }

        seeded.Add(await OrganizationAsync("owner.hangzhou", "陈静", "杭州示例科技有限公司（演示）",
            (owner, id) => InReviewAsync(owner, id, reviewers[0])));
        seeded.Add(await OrganizationAsync("owner.fuzhou", "林芳", "福州示例医院（演示）", SubmittedAsync));
        seeded.Add(await OrganizationAsync("owner.shanghai", "刘洋", "上海示例餐饮有限公司（演示）", WithdrawnThenRestartedAsync));
        seeded.Add(await OrganizationAsync("owner.shenzhen", "黄伟", "深圳市南山区示例便利店（演示）", (owner, id) => AwaitingConfirmationAsync(owner, id, reviewers[0])));
        seeded.Add(await OrganizationAsync("owner.xiamen", "郑华", "厦门示例超市有限公司（演示）", (owner, id) => DecidedAsync(owner, id, reviewers[1], approve: true,
            new("厦门示例超市有限公司", "91350200751234561M", SubjectType.Enterprise, Industry.Retail, "福建省厦门市思明区示例路 5 号", "郑华", "13800138005", ["alipay", "wechatpay"]))));
        seeded.Add(await OrganizationAsync("owner.quanzhou", "吴刚", "泉州示例培训学校（演示）", (owner, id) => DecidedAsync(owner, id, reviewers[1], approve: false,
            new("泉州示例培训学校", "52350500MJ12345610", SubjectType.SocialOrganization, Industry.Education, "福建省泉州市丰泽区示例路 9 号", "吴刚", "13800138006", ["wechatpay"]))));
        await PrintAsync(seeded);
        return seeded;
    }

    private async Task<DemoAccount> OrganizationAsync(string mailbox, string ownerName, string organizationName, Func<string, Guid, Task> applicationsOf)
    {
        var (owner, account) = await accounts.EnsureAsync($"{mailbox}@{EmailDomain}", PortalRoles.Applicant, ownerName, withAuthenticator: false);
        if (await organizations.GetCurrentAsync(owner.Id) is null)
        {
            var organization = await organizations.CreateAsync(owner.Id, organizationName, isDemo: true);
            await applicationsOf(owner.Id, organization.Id);
        }

        return account with { Organization = organizationName };
    }

    private async Task InReviewAsync(string ownerId, Guid organizationId, string reviewerId)
    {
        var id = await demoApplications.SubmitAsync(ownerId, organizationId, new DemoApplications.Profile("杭州示例科技有限公司", "91330100712345672H",
            SubjectType.Enterprise, Industry.Retail, "浙江省杭州市西湖区示例路 8 号", "陈静", "13800138001", ["alipay", "wechatpay"]));
        try
        {
            await assignments.ClaimAsync(reviewerId, id);
        }
        catch (DomainException)
        {
            // Not submitted (no sandbox bank here): nothing to claim yet.
        }
    }

    /// <summary>
    /// Four-eyes to try: a sole proprietor settling to someone else's personal account (high risk), approved by
    /// reviewer1 and waiting for another reviewer's confirmation.
    /// </summary>
    private async Task AwaitingConfirmationAsync(string ownerId, Guid organizationId, string reviewerId)
    {
        var id = await demoApplications.SubmitAsync(ownerId, organizationId, new DemoApplications.Profile("深圳市南山区示例便利店", "92440300358124673T",
            SubjectType.SoleProprietor, Industry.Retail, "广东省深圳市南山区示例路 3 号", "黄伟", "13800138004", ["alipay"], PersonalAccountHolder: "赵敏"));
        try
        {
            await assignments.ClaimAsync(reviewerId, id);
        }
        catch (DomainException)
        {
            // Not submitted (no sandbox bank here): nothing to review yet.
            return;
        }

        foreach (var requirement in await documents.ListAsync(ownerId, id))
        {
            await documentReview.DecideAsync(reviewerId, requirement.Versions[0].Id, new DocumentVerdict { Approved = true });
        }

        await decisions.ApproveAsync(reviewerId, id);
    }

    /// <summary>
    /// For the admin dashboard: a case reviewer2 approved (every document accepted), or rejected after refusing the
    /// first document as expired.
    /// </summary>
    private async Task DecidedAsync(string ownerId, Guid organizationId, string reviewerId, bool approve, DemoApplications.Profile profile)
    {
        var id = await demoApplications.SubmitAsync(ownerId, organizationId, profile);
        if ((await applications.GetOverviewAsync(ownerId, organizationId))?.State != ApplicationState.Submitted)
        {
            return;
        }

        await assignments.ClaimAsync(reviewerId, id);
        foreach (var (requirement, i) in (await documents.ListAsync(ownerId, id)).Select((r, i) => (r, i)))
        {
            var refuse = !approve && i == 0;
            await documentReview.DecideAsync(reviewerId, requirement.Versions[0].Id,
                new DocumentVerdict { Approved = !refuse, ReasonCode = refuse ? "Expired" : null, ApplicantMessage = refuse ? "营业执照已过期（演示）" : null });
        }

        await (approve ? decisions.ApproveAsync(reviewerId, id) : decisions.RejectAsync(reviewerId, id, "办学许可证已过期，无法受理（演示）"));
    }

    private Task SubmittedAsync(string ownerId, Guid organizationId) =>
        demoApplications.SubmitAsync(ownerId, organizationId, new DemoApplications.Profile("福州示例医院", "123501004876543206",
            SubjectType.PublicInstitution, Industry.Healthcare, "福建省福州市鼓楼区示例路 1 号", "林芳", "13800138002", ["wechatpay"]));

    private async Task WithdrawnThenRestartedAsync(string ownerId, Guid organizationId)
    {
        var first = await demoApplications.StartAsync(ownerId, organizationId, "alipay");
        await applications.WithdrawAsync(ownerId, first, "改选其他支付平台（演示）");
        await demoApplications.StartAsync(ownerId, organizationId, "wechatpay");
    }

    private Task PrintAsync(IEnumerable<DemoAccount> seeded)
    {
        var text = new StringBuilder("\nDemo mode: these accounts are demo data. Staff add the TOTP secret to an authenticator app.\n");
        foreach (var account in seeded)
        {
            var extra = account.TotpSecret is not null ? $"TOTP {account.TotpSecret}" : account.Organization;
            text.AppendLine($"  {account.Role,-10} {account.Email,-42} {account.Password}   {extra}");
        }

        return console.WriteAsync(text.ToString());
    }
}

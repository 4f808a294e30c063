using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Notifications;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Notifications;

public class NotificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<List<Notification>> ForAsync(TestAccount account)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == account.Id).OrderBy(n => n.Id).ToListAsync();
    }

    private Task<IReadOnlyList<NotificationView>> LatestAsync(TestAccount account, string culture) =>
        factory.WithServicesAsync(async sp =>
        {
            using var _ = new CultureScope(culture);
            return await sp.GetRequiredService<NotificationService>().LatestAsync(account.Id);
        });

    [Fact]
    public async Task Submitting_TellsTheOrganization_InTheReadersLanguage()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(factory, owner);

        var zh = Assert.Single(await LatestAsync(owner, "zh-CN"));
        var en = Assert.Single(await LatestAsync(owner, "en"));

        Assert.EndsWith("：已提交", zh.Title);
        Assert.EndsWith(": Submitted", en.Title);
        Assert.Equal(("/", false), (en.Link, en.IsRead));
    }

    [Fact]
    public async Task TheEmail_IsWrittenInTheRecipientsChosenLanguage()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Users.Where(u => u.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "en"));
        }

        await WizardSeed.SubmittedAsync(factory, owner);
        await factory.Services.GetRequiredService<NotificationMailer>().SendPendingAsync();

        var mail = factory.Mail.Last(owner.Email);
        Assert.EndsWith(": Submitted", mail.Subject);
        Assert.Contains("The application's status is now", System.Net.WebUtility.HtmlDecode(mail.HtmlBody));
        Assert.NotNull((await ForAsync(owner)).Single().EmailedAtUtc);
    }

    [Fact]
    public async Task AHighRiskApproval_AsksTheOtherStaff_AndTheConfirmationTellsTheOrganization()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var maker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var checker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await ReviewSeed.AwaitingConfirmationAsync(factory, owner, maker);

        var asked = await ForAsync(checker);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().ConfirmAsync(checker.Id, id);
            return true;
        });

        Assert.Contains(asked, n => n.Kind == NotificationKind.ConfirmationRequested && n.Link == $"/review/cases/{id}");
        Assert.DoesNotContain(await ForAsync(maker), n => n.Kind == NotificationKind.ConfirmationRequested);
        var told = (await ForAsync(owner)).Select(n => (n.Kind, n.Arguments.GetValueOrDefault(NotificationRenderer.State))).ToList();
        Assert.Equal([(NotificationKind.StatusChanged, "Submitted"), (NotificationKind.StatusChanged, "InReview"), (NotificationKind.StatusChanged, "PendingConfirmation"),
            (NotificationKind.StatusChanged, "Approved")], told);
    }

    [Fact]
    public async Task Messages_GoToTheOtherSide_AndAnAssignmentToTheAssignee()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ReviewAssignmentService>().AssignAsync(admin.Id, id, reviewer.Id);
            var messages = sp.GetRequiredService<CaseMessageService>();
            await messages.SendAsync(owner.Id, id, "请问还需要什么材料？", []);
            await messages.SendAsync(reviewer.Id, id, "暂时不需要，请等待审核。", []);
            return true;
        });

        Assert.Equal([NotificationKind.Assigned, NotificationKind.NewMessage], (await ForAsync(reviewer)).Select(n => n.Kind));
        Assert.Contains(await ForAsync(owner), n => n.Kind == NotificationKind.NewMessage);
        Assert.DoesNotContain(await ForAsync(admin), n => n.Kind is NotificationKind.NewMessage or NotificationKind.Assigned);
    }

    [Fact]
    public async Task ReadMarks_AreEachPersonsOwn()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var stranger = await factory.CreateAccountAsync(PortalRoles.Applicant);
        await WizardSeed.SubmittedAsync(factory, owner);
        var mine = (await ForAsync(owner)).Single();

        var counts = await factory.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<NotificationService>();
            await service.MarkReadAsync(stranger.Id, mine.Id);
            var afterStranger = await service.UnreadCountAsync(owner.Id);
            await service.MarkReadAsync(owner.Id, mine.Id);
            return (afterStranger, await service.UnreadCountAsync(owner.Id));
        });

        Assert.Equal((1, 0), counts);
    }
}

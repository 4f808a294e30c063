using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Banking;
using MerchantPortal.Domain.Scheduling;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Review;
using MerchantPortal.Features.Settings;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Settings;

/// <summary>An admin's change on the settings page is used by the very next upload, deposit or submission: the portal keeps running throughout.</summary>
public class SettingsWithoutRestartTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Refused(string Error);

    private async Task ChangeAsync(Func<SettingsService, string, Task> change)
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        await factory.WithServicesAsync(async sp =>
        {
            await change(sp.GetRequiredService<SettingsService>(), admin.Id);
            return true;
        });
    }

    private static async Task<HttpResponseMessage> UploadAsync(FormClient client, Guid applicationId, byte[] content)
    {
        var token = (await client.Http.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery"))!["token"];
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "license.pdf" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{applicationId}/documents/BusinessLicense") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task UploadLimit_ChangedByAnAdmin_AppliesToTheNextUpload()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        var client = await factory.SignInAsync(owner);
        var pdf = DocumentCorpus.LargePdf(1536);

        await ChangeAsync((s, admin) => s.SaveUploadLimitAsync(admin, new UploadLimitInput { MaxFileMegabytes = 1 }));
        var refused = await UploadAsync(client, id, pdf);
        await ChangeAsync((s, admin) => s.SaveUploadLimitAsync(admin, new UploadLimitInput { MaxFileMegabytes = 2 }));
        var accepted = await UploadAsync(client, id, pdf);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("文件超过 1 MB", (await refused.Content.ReadFromJsonAsync<Refused>())!.Error);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task DepositTriesAndDays_ChangedByAnAdmin_ApplyToTheNextDepositAndConfirmation()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        await WizardSeed.IdentityAsync(factory, owner, id);
        await ChangeAsync((s, admin) => s.SaveDepositsAsync(admin, new DepositSettingsInput { Tries = 1, ExpiryDays = 2 }));

        var (sent, result) = await factory.WithServicesAsync(async sp =>
        {
            var deposits = sp.GetRequiredService<MicroDepositService>();
            await deposits.RequestAsync(owner.Id, id);
            var amount = (await deposits.StatementAsync(owner.Id, id))[0].AmountFen;
            return (await deposits.StatusAsync(owner.Id, id), await deposits.ConfirmAsync(owner.Id, id, amount == 1 ? "0.02" : "0.01"));
        });

        Assert.Equal(TimeSpan.FromDays(2), sent.ExpiresAtUtc - sent.SentAtUtc);
        Assert.Equal(1, sent.AttemptsLeft);
        Assert.Equal(ConfirmationResult.Locked, result);
    }

    [Fact]
    public async Task FewerTriesAllowed_LockADepositThatHasUsedThemUp()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        await WizardSeed.IdentityAsync(factory, owner, id);
        await ChangeAsync((s, admin) => s.SaveDepositsAsync(admin, new DepositSettingsInput { Tries = 3, ExpiryDays = 10 }));
        Task<MicroDepositView> StatusAsync() => factory.WithServicesAsync(sp => sp.GetRequiredService<MicroDepositService>().StatusAsync(owner.Id, id));
        var first = await factory.WithServicesAsync(async sp =>
        {
            var deposits = sp.GetRequiredService<MicroDepositService>();
            await deposits.RequestAsync(owner.Id, id);
            var amount = (await deposits.StatementAsync(owner.Id, id))[0].AmountFen;
            return await deposits.ConfirmAsync(owner.Id, id, amount == 1 ? "0.02" : "0.01");
        });
        var before = await StatusAsync();

        await ChangeAsync((s, admin) => s.SaveDepositsAsync(admin, new DepositSettingsInput { Tries = 1, ExpiryDays = 10 }));

        var after = await StatusAsync();
        Assert.Equal(ConfirmationResult.Wrong, first);
        Assert.Equal((MicroDepositStatus.Pending, 2), (before.Status!.Value, before.AttemptsLeft));
        Assert.Equal((MicroDepositStatus.Locked, 0), (after.Status!.Value, after.AttemptsLeft));
    }

    [Fact]
    public async Task SlaHours_ChangedByAnAdmin_ApplyToTheNextSubmission()
    {
        await ChangeAsync(async (s, admin) =>
        {
            var review = await s.ReviewTimeAsync(admin);
            review.SlaWorkingHours = 9;
            await s.SaveReviewTimeAsync(admin, review);
        });
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);

        var id = await WizardSeed.SubmittedAsync(factory, owner);

        await using var db = await factory.CreateDbContextAsync();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        var calendar = new WorkingCalendar(ReviewSettings.PublicHolidays.Default, ReviewSettings.MakeUpWorkdays.Default);
        Assert.Equal(calendar.AddWorkingHours(application.SubmittedAtUtc!.Value, 9), application.SlaDueAtUtc);
    }
}

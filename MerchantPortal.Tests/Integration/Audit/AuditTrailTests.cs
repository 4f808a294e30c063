using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Audit;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Audit;

public class AuditTrailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Task<ChainVerification> VerifyAsync(PortalFactory portal) => portal.WithServicesAsync(sp => sp.GetRequiredService<AuditTrail>().VerifyAsync());

    private Task<ChainVerification> VerifyAsync() => VerifyAsync(factory);

    private Task<(TestAccount Reviewer, Guid ApplicationId)> ReviewedAsync() => ReviewedAsync(factory);

    private static async Task<(TestAccount Reviewer, Guid ApplicationId)> ReviewedAsync(PortalFactory factory)
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        await ReviewSeed.ApproveAllDocumentsAsync(factory, reviewer, owner, id);
        return (reviewer, id);
    }

    [Fact]
    public async Task ReviewActions_AreChainedEntries_ThatVerify()
    {
        var (reviewer, id) = await ReviewedAsync();

        await using var db = await factory.CreateDbContextAsync();
        var entries = (await db.AuditEntries.Where(e => e.SubjectId == id.ToString()).OrderBy(e => e.Id).ToListAsync()).SkipWhile(e => e.Action != "application.submit").ToList();
        var verification = await VerifyAsync();

        Assert.Equal(["application.submit", "review.claim"], entries.Take(2).Select(e => e.Action));
        Assert.All(entries.Skip(2), e => Assert.Equal("review.document-approve", e.Action));
        Assert.Equal(reviewer.Id, entries[1].ActorUserId);
        Assert.True(verification.IsIntact);
        Assert.True(verification.EntriesChecked >= entries.Count);
    }

    [Fact]
    public async Task TheDatabase_RefusesToChangeOrDeleteAnEntry()
    {
        await ReviewedAsync();
        await using var db = await factory.CreateDbContextAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = '{}'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
    }

    [Fact]
    public async Task ChangingOneEntry_IsDetected_AndLocated()
    {
        // A portal of its own: the chain it breaks must not be the one the other tests verify.
        await using var portal = new PortalFactory();
        var (_, id) = await ReviewedAsync(portal);
        await using var db = await portal.CreateDbContextAsync();
        var target = await db.AuditEntries.Where(e => e.SubjectId == id.ToString() && e.Action == "review.claim").Select(e => e.Id).SingleAsync();

        // Someone with the database file in hand removes the guard and edits a row, then recomputes its hash too,
        // as the chain was computed before it was keyed: plain SHA-256.
        await db.Database.ExecuteSqlRawAsync(Data.AuditTriggers.Drop);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorUserId\" = 'someone-else' WHERE \"Id\" = {0}", target);
        var edited = await VerifyAsync(portal);
        var forged = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == target);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Hash\" = {0} WHERE \"Id\" = {1}", forged.ComputeHash(null), target);
        var rehashed = await VerifyAsync(portal);
        await db.Database.ExecuteSqlRawAsync(Data.AuditTriggers.Create);

        Assert.Equal((target, ChainBreak.ContentChanged), (edited.FirstBrokenEntryId, edited.Break));
        Assert.Equal((target, ChainBreak.ContentChanged), (rehashed.FirstBrokenEntryId, rehashed.Break));
    }

    [Fact]
    public async Task SignIns_RefusedPages_AndStaffViewsOfDocumentsAndAttachments_AreRecorded()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        var document = (await ReviewSeed.DocumentsAsync(factory, owner, id))[0].Versions[0].Id;
        var wrong = factory.CreateFormClient();
        await wrong.SubmitAsync("/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = owner.Email, ["Input.Password"] = "not-the-password" });
        var applicant = await factory.SignInAsync(owner);
        await applicant.GetAsync("/review");
        var staff = await factory.SignInAsync(reviewer);
        using var view = await staff.Http.GetAsync($"/api/documents/{document}");
        await factory.WithServicesAsync(sp => sp.GetRequiredService<CaseMessageService>().SendAsync(owner.Id, id, "补充说明见附件", [new OutgoingAttachment("note.pdf", new MemoryStream(DocumentCorpus.Pdf()))]));
        Guid attachment;
        await using (var read = await factory.CreateDbContextAsync())
        {
            attachment = await read.MessageAttachments.Join(read.CaseMessages.Where(m => m.ApplicationId == id), a => a.MessageId, m => m.Id, (a, m) => a.Id).SingleAsync();
        }

        using var download = await staff.Http.GetAsync($"/api/message-attachments/{attachment}");

        await using var db = await factory.CreateDbContextAsync();
        async Task<List<string>> ActionsOf(string? actor) =>
            await db.AuditEntries.Where(e => e.ActorUserId == actor || e.SubjectId == actor).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        var ownerActions = await ActionsOf(owner.Id);
        var reviewerActions = await ActionsOf(reviewer.Id);

        Assert.Equal(System.Net.HttpStatusCode.OK, view.StatusCode);
        Assert.Contains("account.sign-in-failed", ownerActions);
        Assert.Contains("account.sign-in", ownerActions);
        Assert.Contains("authorization.refused", ownerActions);
        Assert.Equal(2, reviewerActions.Count(a => a == "account.sign-in"));
        Assert.Contains("document.view", reviewerActions);
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("attachment.view", reviewerActions);
        Assert.DoesNotContain(await db.AuditEntries.Select(e => e.Details).ToListAsync(), d => d.Contains("not-the-password") || d.Contains(owner.Email));
        Assert.True((await VerifyAsync()).IsIntact);
    }
}

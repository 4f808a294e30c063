using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Review;

/// <summary>High-risk approvals need a second person: the server enforces it whatever a page offers.</summary>
public class FourEyesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Case(TestAccount Owner, TestAccount Maker, Guid Id, byte[] License);

    /// <summary>A high-risk case (its license is a file another organization uploaded) approved by its reviewer.</summary>
    private async Task<Case> ApprovedByMakerAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var maker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var license = DocumentCorpus.UniquePdf();
        var id = await ReviewSeed.AwaitingConfirmationAsync(factory, owner, maker, license);
        return new Case(owner, maker, id, license);
    }

    private Task DecideAsync(Func<CaseDecisionService, Task> decide) =>
        factory.WithServicesAsync(async sp =>
        {
            await decide(sp.GetRequiredService<CaseDecisionService>());
            return true;
        });

    private async Task<OnboardingApplication> ApplicationAsync(Guid id)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Applications.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == id);
    }

    [Fact]
    public async Task ASubmissionWithAnotherOrganizationsFile_IsHighRisk_WithTheEvidence()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await RiskSeed.HighRiskSubmittedAsync(factory, owner);

        await using var db = await factory.CreateDbContextAsync();
        var assessment = await db.RiskAssessments.AsNoTracking().SingleAsync(r => r.ApplicationId == id);
        var finding = Assert.Single(assessment.Findings);
        Assert.Equal((RiskOccasion.Submission, RiskLevel.High), (assessment.Occasion, assessment.Level));
        Assert.Equal(RiskCheck.DocumentUsedByAnotherOrganization, finding.Check);
        Assert.Equal(nameof(DocumentKind.BusinessLicense), Assert.Single(finding.Evidence).Tag);
        Assert.Equal(RiskLevel.High, (await ApplicationAsync(id)).Risk);
    }

    [Fact]
    public async Task ApprovingAHighRiskCase_WaitsForConfirmation_WhichItsMakerIsRefused()
    {
        var (_, maker, id, _) = await ApprovedByMakerAsync();

        var confirm = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(s => s.ConfirmAsync(maker.Id, id)));
        var sendBack = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(s => s.SendBackAsync(maker.Id, id, "自己退回")));

        Assert.Equal(DomainErrors.SelfConfirmation, confirm.Code);
        Assert.Equal(DomainErrors.SelfConfirmation, sendBack.Code);
        var application = await ApplicationAsync(id);
        Assert.Equal((ApplicationState.PendingConfirmation, maker.Id), (application.State, application.ApprovedByUserId));
    }

    [Fact]
    public async Task ASecondReviewer_Confirms_AndTheHistoryNamesBoth()
    {
        var (_, maker, id, _) = await ApprovedByMakerAsync();
        var checker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        await DecideAsync(s => s.ConfirmAsync(checker.Id, id));

        var application = await ApplicationAsync(id);
        var moves = application.History.OrderBy(h => h.Id).TakeLast(2).Select(h => (h.Trigger, h.ActorUserId));
        Assert.Equal([(ApplicationTrigger.Approve, maker.Id), (ApplicationTrigger.Confirm, checker.Id)], moves);
        Assert.Equal((ApplicationState.Approved, null), (application.State, application.ApprovedByUserId));
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal([RiskOccasion.Submission, RiskOccasion.Approval, RiskOccasion.Confirmation],
            await db.RiskAssessments.Where(r => r.ApplicationId == id).OrderBy(r => r.Id).Select(r => r.Occasion).ToListAsync());
    }

    [Fact]
    public async Task ASecondReviewer_SendsBack_ToTheMakersReview()
    {
        var (_, maker, id, _) = await ApprovedByMakerAsync();
        var checker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);

        var withoutReason = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(s => s.SendBackAsync(checker.Id, id, " ")));
        await DecideAsync(s => s.SendBackAsync(checker.Id, id, "营业执照与另一单位雷同，请电话核实"));

        Assert.Equal(DomainErrors.ReasonRequired, withoutReason.Code);
        var application = await ApplicationAsync(id);
        Assert.Equal((ApplicationState.InReview, maker.Id, null), (application.State, application.AssigneeUserId, application.ApprovedByUserId));
        Assert.Equal("营业执照与另一单位雷同，请电话核实", application.History.MaxBy(h => h.Id)!.Reason);
    }

    [Fact]
    public async Task WhenTheEvidenceChangesBeforeConfirmation_TheApprovalIsVoid()
    {
        var (_, _, id, license) = await ApprovedByMakerAsync();
        var checker = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        // Meanwhile a third organization uploads the same license: the finding's evidence grows.
        await RiskSeed.UploadedElsewhereAsync(factory, DocumentKind.BusinessLicense, license);

        var error = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(s => s.ConfirmAsync(checker.Id, id)));

        Assert.Equal(DomainErrors.ApprovalEvidenceChanged, error.Code);
        var application = await ApplicationAsync(id);
        Assert.Equal((ApplicationState.InReview, ApplicationTrigger.VoidApproval, checker.Id),
            (application.State, application.History.MaxBy(h => h.Id)!.Trigger, application.History.MaxBy(h => h.Id)!.ActorUserId));
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.SubjectId == id.ToString() && e.Action == "review.approval-void" && e.ActorUserId == checker.Id));
    }

    [Fact]
    public async Task WhileAnApprovalWaits_NoDocumentIsDecided_NotEvenByAnAdmin()
    {
        var (owner, _, id, _) = await ApprovedByMakerAsync();
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var license = (await ReviewSeed.DocumentsAsync(factory, owner, id)).Single(d => d.Kind == DocumentKind.BusinessLicense).Versions[0].Id;

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            ReviewSeed.DecideAsync(factory, admin, license, new DocumentVerdict { ReasonCode = "Illegible", ApplicantMessage = "看不清" }));

        Assert.Equal(DomainErrors.NotReviewable, error.Code);
        Assert.Equal(ApplicationState.PendingConfirmation, (await ApplicationAsync(id)).State);
    }

    [Fact]
    public async Task AStaffMemberOfTheOrganization_CannotConfirm()
    {
        var (owner, _, id, _) = await ApprovedByMakerAsync();
        var insider = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        await ReviewSeed.JoinOrganizationAsync(factory, insider, owner);

        var error = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(s => s.ConfirmAsync(insider.Id, id)));

        Assert.Equal(DomainErrors.OwnOrganization, error.Code);
        Assert.Equal(ApplicationState.PendingConfirmation, (await ApplicationAsync(id)).State);
    }

    [Fact]
    public async Task TwoCheckersAtOnce_OneWins_TheOtherIsToldWhy()
    {
        var (_, _, id, _) = await ApprovedByMakerAsync();
        var first = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var second = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        var seen = (await ApplicationAsync(id)).Version;

        var outcomes = await Task.WhenAll(
            Outcome(() => DecideAsync(s => s.ConfirmAsync(first.Id, id, seen))),
            Outcome(() => DecideAsync(s => s.SendBackAsync(second.Id, id, "再核实一次", seen))));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o == DomainErrors.CaseChangedMeanwhile);
        var application = await ApplicationAsync(id);
        Assert.Single(application.History, h => h.Trigger is ApplicationTrigger.Confirm or ApplicationTrigger.SendBack);
    }

    [Fact]
    public async Task TwoReviewersDecidingOneDocumentAtOnce_OneWins()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        var document = (await ReviewSeed.DocumentsAsync(factory, owner, id))[0].Versions[0].Id;
        // Both look at the same case, then both decide.
        var seen = (await ApplicationAsync(id)).Version;

        var outcomes = await Task.WhenAll(
            Outcome(() => ReviewSeed.DecideAsync(factory, reviewer, document, new DocumentVerdict { Approved = true, SeenVersion = seen })),
            Outcome(() => ReviewSeed.DecideAsync(factory, admin, document, new DocumentVerdict { ReasonCode = "Illegible", ApplicantMessage = "看不清", SeenVersion = seen })));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o == DomainErrors.CaseChangedMeanwhile);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Single(await db.DocumentDecisions.Where(d => d.DocumentId == document).ToListAsync());
    }

    /// <summary>Null when the call succeeded, else the refusal's code.</summary>
    private static async Task<string?> Outcome(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (DomainException e)
        {
            return e.Code;
        }
    }
}

using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Documents;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Review;
using MerchantPortal.Tests.Support;
using MerchantPortal.Tests.Unit.Wizard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Review;

public class ReviewRoundTripTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(TestAccount Owner, TestAccount Reviewer, Guid ApplicationId)> ClaimedAsync()
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        return (owner, reviewer, id);
    }

    private async Task<Guid> TaxDocumentAsync(TestAccount owner, Guid id) =>
        (await ReviewSeed.DocumentsAsync(factory, owner, id)).Single(r => r.Kind == DocumentKind.TaxRegistration).Versions[0].Id;

    private Task RequestChangesAsync(TestAccount reviewer, Guid id, params ReviewField[] fields) =>
        factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().RequestChangesAsync(reviewer.Id, id, fields, [], "请补充材料");
            return true;
        });

    private Task<ReviewCase?> CaseAsync(TestAccount reviewer, Guid id) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<ReviewCaseService>().GetAsync(reviewer.Id, id));

    [Fact]
    public async Task OnlyTheAssignee_Decides_AndReleasingPutsTheCaseBack()
    {
        var (owner, reviewer, id) = await ClaimedAsync();
        var colleague = await factory.CreateAccountAsync(PortalRoles.Reviewer);
        var tax = await TaxDocumentAsync(owner, id);

        var error = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.DecideAsync(factory, colleague, tax, new DocumentVerdict { Approved = true }));
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ReviewAssignmentService>().ReleaseAsync(reviewer.Id, id);
            return true;
        });

        Assert.Equal(DomainErrors.NotAssignee, error.Code);
        await using var db = await factory.CreateDbContextAsync();
        var application = await db.Applications.SingleAsync(a => a.Id == id);
        Assert.Equal((ApplicationState.Submitted, null), (application.State, application.AssigneeUserId));
    }

    [Fact]
    public async Task RejectingADocument_NeedsAReasonFromTheList()
    {
        var (owner, reviewer, id) = await ClaimedAsync();
        var tax = await TaxDocumentAsync(owner, id);

        var none = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict()));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict { ReasonCode = "Whatever" }));

        Assert.NotEmpty(none.Errors);
        Assert.Equal(DomainErrors.ReasonCodeUnknown, unknown.Code);
    }

    [Fact]
    public async Task Approval_WaitsForEveryDocument()
    {
        var (owner, reviewer, id) = await ClaimedAsync();
        Task Approve() => factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CaseDecisionService>().ApproveAsync(reviewer.Id, id);
            return true;
        });

        var error = await Assert.ThrowsAsync<DomainException>(Approve);
        await ReviewSeed.ApproveAllDocumentsAsync(factory, reviewer, owner, id);
        await Approve();

        Assert.Equal(DomainErrors.DocumentsNotApproved, error.Code);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(ApplicationState.Approved, (await db.Applications.SingleAsync(a => a.Id == id)).State);
    }

    [Fact]
    public async Task RequestedChanges_UnlockOnlyTheirItems_AndTheNextRoundShowsWhatChanged()
    {
        var (owner, reviewer, id) = await ClaimedAsync();
        var tax = await TaxDocumentAsync(owner, id);
        await ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict { ReasonCode = "Illegible", ApplicantMessage = "请上传清晰的扫描件", InternalNote = "疑似翻拍" });
        await RequestChangesAsync(reviewer, id, ReviewField.RegisteredAddress);

        var changed = EnterpriseWith(owner, e => e.RegisteredAddress = "福建省福州市鼓楼区新路 8 号");
        var lockedName = EnterpriseWith(owner, e => e.LegalName = "别的名字有限公司");
        var refused = await Assert.ThrowsAsync<DomainException>(() => factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<WizardService>().CompleteEnterpriseAsync(owner.Id, id, await lockedName);
            return true;
        }));
        var otherDocument = await Assert.ThrowsAsync<DomainException>(() => factory.WithServicesAsync(sp =>
            sp.GetRequiredService<DocumentService>().UploadAsync(owner.Id, id, DocumentKind.BusinessLicense, "license.pdf", DocumentCorpus.UniquePdf())));
        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<WizardService>().CompleteEnterpriseAsync(owner.Id, id, await changed);
            await sp.GetRequiredService<DocumentService>().UploadAsync(owner.Id, id, DocumentKind.TaxRegistration, "tax.pdf", DocumentCorpus.UniquePdf());
            return await sp.GetRequiredService<SubmissionService>().SubmitAsync(owner.Id, id, declarationAccepted: true);
        });

        Assert.Equal((DomainErrors.FieldLocked, ReviewField.LegalName), (refused.Code, refused.Args[0]));
        Assert.Equal(DomainErrors.ApplicationLocked, otherDocument.Code);
        var round2 = (await CaseAsync(reviewer, id))!;
        Assert.Equal((ApplicationState.Submitted, 2), (round2.State, round2.Round));
        var change = Assert.Single(round2.SinceLastRound!.Fields);
        Assert.Equal((ReviewField.RegisteredAddress, "福建省福州市鼓楼区新路 8 号"), (change.Field, change.After));
        Assert.Equal([DocumentKind.TaxRegistration], round2.SinceLastRound.NewDocumentVersions);
        Assert.Equal(reviewer.Id, round2.AssigneeUserId);
        var taxVersions = round2.Documents.Single(d => d.Kind == DocumentKind.TaxRegistration).Versions;
        Assert.Equal((2, DocumentStatus.Uploaded), (taxVersions[0].Number, taxVersions[0].Status));
        Assert.Equal("疑似翻拍", taxVersions[1].Decisions.Single().InternalNote);
    }

    [Fact]
    public async Task TheApplicant_SeesTheReasonAndMessageOnceSentBack_NeverTheInternalNote()
    {
        var (owner, reviewer, id) = await ClaimedAsync();
        var tax = await TaxDocumentAsync(owner, id);
        await ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict { ReasonCode = "Expired", ApplicantMessage = "证件已过有效期", InternalNote = "内部备注-不可外传" });
        var duringReview = (await ReviewSeed.DocumentsAsync(factory, owner, id)).Single(r => r.Kind == DocumentKind.TaxRegistration);
        await RequestChangesAsync(reviewer, id);

        var seen = (await ReviewSeed.DocumentsAsync(factory, owner, id)).Single(r => r.Kind == DocumentKind.TaxRegistration);

        Assert.Equal((DocumentStatus.Uploaded, null), (duringReview.Status, duringReview.Versions[0].Rejection));
        Assert.Equal(DocumentStatus.Rejected, seen.Status);
        Assert.Equal("The document has expired", seen.Versions[0].Rejection!.Reason);
        Assert.Equal("证件已过有效期", seen.Versions[0].Rejection!.Message);
        Assert.DoesNotContain("内部备注", System.Text.Json.JsonSerializer.Serialize(seen));
    }

    private async Task<EnterpriseStepInput> EnterpriseWith(TestAccount owner, Action<EnterpriseStepInput> change)
    {
        await using var db = await factory.CreateDbContextAsync();
        var saved = (await db.ApplicationProfiles.AsNoTracking()
            .Join(db.Applications.Where(a => a.OrganizationId == owner.OrganizationId), p => p.ApplicationId, a => a.Id, (p, a) => p)
            .SingleAsync()).Enterprise!;
        var input = EnterpriseStepInputTests.Valid();
        input.CreditCode = saved.CreditCode;
        input.ContactMobile = saved.ContactMobile;
        change(input);
        return input;
    }
}

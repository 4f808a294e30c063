using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Review;
using MerchantPortal.Features.Settings;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Settings;

/// <summary>Reasons added, edited, retired and restored on the settings page are what reviewers are offered next.</summary>
public class RejectionReasonServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<T> WithReasonsAsync<T>(Func<RejectionReasonService, Task<T>> action) =>
        factory.WithServicesAsync(sp => action(sp.GetRequiredService<RejectionReasonService>()));

    private Task ChangeAsync(Func<RejectionReasonService, Task> change) =>
        WithReasonsAsync(async s =>
        {
            await change(s);
            return true;
        });

    private Task<List<Domain.Review.RejectionReason>> OfferedAsync() =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<DocumentReviewService>().ReasonsAsync());

    private static RejectionReasonInput Input(string code) => new() { Code = code, Zh = "公章不清晰", En = "The company seal cannot be read" };

    [Fact]
    public async Task AnAddedReason_IsOfferedToReviewers_AndItsCodeCannotBeAddedTwice()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        await ChangeAsync(s => s.AddAsync(admin.Id, Input("seal-unclear")));
        var twice = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => ChangeAsync(s => s.AddAsync(admin.Id, Input("seal-unclear"))));

        var added = Assert.Single(await OfferedAsync(), r => r.Code == "seal-unclear");
        Assert.Equal(("公章不清晰", "The company seal cannot be read"), (added.Text.Zh, added.Text.En));
        Assert.Contains("seal-unclear", Assert.Single(twice.Errors).ErrorMessage);
    }

    [Fact]
    public async Task TwoAdminsAddingAtOnce_BothReasonsAreKept()
    {
        var first = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var second = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);

        await Task.WhenAll(
            Task.Run(() => ChangeAsync(s => s.AddAsync(first.Id, Input("stamp-faded")))),
            Task.Run(() => ChangeAsync(s => s.AddAsync(second.Id, Input("page-missing")))));

        var codes = (await OfferedAsync()).Select(r => r.Code).ToList();
        Assert.Contains("stamp-faded", codes);
        Assert.Contains("page-missing", codes);
    }

    [Fact]
    public async Task ARetiredReason_IsNoLongerOfferedNorAccepted_ButStillReadsInWords_UntilRestored()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var reviewer = await factory.CreateAccountAsync(PortalRoles.Reviewer, withAuthenticator: true);
        var id = await WizardSeed.SubmittedAsync(factory, owner);
        await ReviewSeed.ClaimAsync(factory, reviewer, id);
        var tax = (await ReviewSeed.DocumentsAsync(factory, owner, id)).Single(d => d.Kind == DocumentKind.TaxRegistration).Versions[0].Id;

        await ChangeAsync(s => s.RetireAsync(admin.Id, "Expired"));
        var refused = await Assert.ThrowsAsync<DomainException>(() => ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict { ReasonCode = "Expired" }));
        var offeredWhileRetired = await OfferedAsync();
        var listed = await WithReasonsAsync(s => s.ListAsync(admin.Id));
        await ChangeAsync(s => s.RestoreAsync(admin.Id, "Expired"));

        Assert.Equal(DomainErrors.ReasonCodeUnknown, refused.Code);
        Assert.DoesNotContain(offeredWhileRetired, r => r.Code == "Expired");
        Assert.True(Assert.Single(listed, r => r.Code == "Expired").Retired);
        Assert.Contains(await OfferedAsync(), r => r.Code == "Expired");
        await ReviewSeed.DecideAsync(factory, reviewer, tax, new DocumentVerdict { ReasonCode = "Expired" });
    }

    [Fact]
    public async Task Editing_ChangesTheTextsAndKeepsTheCode()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var input = Input("Altered");
        input.Zh = "疑似经过篡改";

        await ChangeAsync(s => s.EditAsync(admin.Id, input));

        var edited = Assert.Single(await OfferedAsync(), r => r.Code == "Altered");
        Assert.Equal("疑似经过篡改", edited.Text.Zh);
    }

    [Fact]
    public async Task TheLastReasonInUse_CannotBeRetired()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, withAuthenticator: true);
        var codes = (await OfferedAsync()).Select(r => r.Code).ToList();
        foreach (var code in codes.Skip(1))
        {
            await ChangeAsync(s => s.RetireAsync(admin.Id, code));
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => ChangeAsync(s => s.RetireAsync(admin.Id, codes[0])));
        foreach (var code in codes.Skip(1))
        {
            await ChangeAsync(s => s.RestoreAsync(admin.Id, code));
        }

        Assert.Equal(DomainErrors.LastActiveReason, refused.Code);
    }

    [Fact]
    public async Task AnApplicant_CannotReadOrChangeTheReasons()
    {
        var applicant = await factory.CreateAccountAsync(PortalRoles.Applicant);

        var read = await Assert.ThrowsAsync<DomainException>(() => WithReasonsAsync(s => s.ListAsync(applicant.Id)));
        var add = await Assert.ThrowsAsync<DomainException>(() => ChangeAsync(s => s.AddAsync(applicant.Id, Input("sneaky"))));

        Assert.Equal((DomainErrors.NotAdmin, DomainErrors.NotAdmin), (read.Code, add.Code));
    }
}

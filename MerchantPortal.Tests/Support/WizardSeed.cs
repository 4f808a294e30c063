using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Tests.Unit.Wizard;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Support;

/// <summary>Earlier wizard steps, done through the portal's own services, so each test walks only its own part.</summary>
public static class WizardSeed
{
    /// <summary>Starts an application and completes platforms (WeChat Pay in-store unless told otherwise) and enterprise.</summary>
    public static Task<Guid> ThroughEnterpriseAsync(PortalFactory factory, TestAccount owner, PlatformsStepInput? platforms = null) =>
        factory.WithServicesAsync(async sp =>
        {
            var id = await sp.GetRequiredService<ApplicationService>().StartAsync(owner.Id, owner.OrganizationId!.Value);
            var wizard = sp.GetRequiredService<WizardService>();
            await wizard.CompletePlatformsAsync(owner.Id, id, platforms ?? new PlatformsStepInput { PlatformCodes = ["wechatpay"], InStore = true });
            var enterprise = EnterpriseStepInputTests.Valid();
            enterprise.CreditCode = CreditCodes.Next();
            enterprise.ContactMobile = Mobiles.Next();
            await wizard.CompleteEnterpriseAsync(owner.Id, id, enterprise);
            return id;
        });

    /// <summary>Consents and saves step 4 with the contact person as legal representative (so no authorization letter is due).</summary>
    public static Task IdentityAsync(PortalFactory factory, TestAccount owner, Guid applicationId) =>
        factory.WithServicesAsync(async sp =>
        {
            var identity = sp.GetRequiredService<IdentityStepService>();
            await identity.GiveConsentAsync(owner.Id, applicationId);
            var details = IdentityStepInputValidatorTests.Valid();
            details.LegalRepresentativeName = EnterpriseStepInputTests.Valid().ContactName;
            await identity.CompleteAsync(owner.Id, applicationId, details);
            return true;
        });

    /// <summary>
    /// Uploads every due document (a PDF, or a JPEG for photos and ID sides, each unique unless <paramref name="files"/>
    /// gives the bytes) and completes step 3.
    /// </summary>
    public static Task DocumentsAsync(PortalFactory factory, TestAccount owner, Guid applicationId, IReadOnlyDictionary<DocumentKind, byte[]>? files = null) =>
        factory.WithServicesAsync(async sp =>
        {
            var documents = sp.GetRequiredService<DocumentService>();
            foreach (var requirement in await documents.ListAsync(owner.Id, applicationId))
            {
                var photo = requirement.Kind.ToString().Contains("Photo") || requirement.Kind.ToString().Contains("Id");
                var given = files?.GetValueOrDefault(requirement.Kind);
                await documents.UploadAsync(owner.Id, applicationId, requirement.Kind, photo && given is null ? "photo.jpg" : "document.pdf",
                    given ?? (photo ? DocumentCorpus.UniqueJpeg() : DocumentCorpus.UniquePdf()));
            }

            await documents.CompleteStepAsync(owner.Id, applicationId);
            return true;
        });

    /// <summary>Requests a micro-deposit and types back the amount from the sandbox statement.</summary>
    public static Task VerifiedAccountAsync(PortalFactory factory, TestAccount owner, Guid applicationId) =>
        factory.WithServicesAsync(async sp =>
        {
            var deposits = sp.GetRequiredService<MicroDepositService>();
            await deposits.RequestAsync(owner.Id, applicationId);
            var fen = (await deposits.StatementAsync(owner.Id, applicationId))[0].AmountFen;
            await deposits.ConfirmAsync(owner.Id, applicationId, (fen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            return true;
        });

    /// <summary>Every step done and submitted: the application waits in the review queue.</summary>
    public static async Task<Guid> SubmittedAsync(PortalFactory factory, TestAccount owner, PlatformsStepInput? platforms = null,
        IReadOnlyDictionary<DocumentKind, byte[]>? files = null)
    {
        var id = await ThroughEnterpriseAsync(factory, owner, platforms);
        await IdentityAsync(factory, owner, id);
        await DocumentsAsync(factory, owner, id, files);
        await VerifiedAccountAsync(factory, owner, id);
        await factory.WithServicesAsync(sp => sp.GetRequiredService<SubmissionService>().SubmitAsync(owner.Id, id, declarationAccepted: true));
        return id;
    }
}

using MerchantPortal.Domain;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;

namespace MerchantPortal.Features.Demo;

/// <summary>
/// Walks a demo application through the wizard with the same services a person's clicks call, so demo
/// cases carry everything a real one does (profile, documents, verified account, listing, SLA).
/// </summary>
public sealed class DemoApplications(
    ApplicationService applications,
    WizardService wizard,
    IdentityStepService identity,
    DocumentService documents,
    MicroDepositService deposits,
    SubmissionService submission)
{
    /// <param name="PersonalAccountHolder">Settles to a personal account in this person's name (sole proprietors only).</param>
    public sealed record Profile(string LegalName, string CreditCode, SubjectType SubjectType, Industry Industry, string Address, string Contact, string Mobile, string[] Platforms,
        string? PersonalAccountHolder = null);

    /// <summary>Starts an application and chooses its platforms (step 1).</summary>
    public async Task<Guid> StartAsync(string ownerId, Guid organizationId, params string[] platforms)
    {
        var id = await applications.StartAsync(ownerId, organizationId, isDemo: true);
        await wizard.CompletePlatformsAsync(ownerId, id, new PlatformsStepInput { PlatformCodes = [.. platforms], InStore = true, Online = true });
        return id;
    }

    /// <returns>The application, submitted when the sandbox bank could verify the account; otherwise ready to submit.</returns>
    public async Task<Guid> SubmitAsync(string ownerId, Guid organizationId, Profile profile)
    {
        var id = await StartAsync(ownerId, organizationId, profile.Platforms);
        await wizard.CompleteEnterpriseAsync(ownerId, id, new EnterpriseStepInput
        {
            SubjectType = profile.SubjectType, Industry = profile.Industry, LegalName = profile.LegalName, CreditCode = profile.CreditCode,
            RegisteredAddress = profile.Address, LicenseValidFrom = new DateTime(2018, 6, 1), LicenseLongTerm = true,
            ContactName = profile.Contact, ContactMobile = profile.Mobile, ContactEmail = "contact@demo.merchantportal.local",
        });
        await identity.GiveConsentAsync(ownerId, id);
        await identity.CompleteAsync(ownerId, id, new IdentityStepInput
        {
            LegalRepresentativeName = profile.Contact, IdType = IdDocumentType.ResidentIdCard, IdNumber = "11010519491231002X",
            IdValidFrom = new DateTime(2020, 1, 1), IdLongTerm = true,
            BeneficialOwners = [new() { Name = profile.Contact, IdNumber = "11010519491231002X", SharePercent = 100 }],
            AccountType = profile.PersonalAccountHolder is null ? SettlementAccountType.Corporate : SettlementAccountType.Personal,
            AccountName = profile.PersonalAccountHolder ?? profile.LegalName, BankName = "中国工商银行", BankBranch = "演示支行",
            AccountNumber = "1402021209100012345",
        });
        // After step 4: what it says (a corporate account, say) decides some of the documents due.
        foreach (var requirement in await documents.ListAsync(ownerId, id))
        {
            await documents.UploadAsync(ownerId, id, requirement.Kind, $"{requirement.Kind}.png", DemoDocuments.Png(requirement.Kind, organizationId.ToString()[..8]));
        }

        await documents.CompleteStepAsync(ownerId, id);
        try
        {
            await deposits.RequestAsync(ownerId, id);
        }
        catch (DomainException e) when (e.Code == DomainErrors.BankNotConfigured)
        {
            // Without the sandbox bank nobody can verify the account, so the demo stops where a person would.
            return id;
        }

        var fen = (await deposits.StatementAsync(ownerId, id))[0].AmountFen;
        await deposits.ConfirmAsync(ownerId, id, (fen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await submission.SubmitAsync(ownerId, id, declarationAccepted: true);
        return id;
    }
}

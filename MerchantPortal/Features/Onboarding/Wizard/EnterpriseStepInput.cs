using FluentValidation;
using MerchantPortal.Domain.Identifiers;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Onboarding.Wizard;

/// <summary>Step 2's form: the enterprise as its license shows it, and the contact person.</summary>
public sealed class EnterpriseStepInput
{
    public SubjectType? SubjectType { get; set; }

    public Industry? Industry { get; set; }

    public string LegalName { get; set; } = "";

    public string CreditCode { get; set; } = "";

    public string RegisteredAddress { get; set; } = "";

    public DateTime? LicenseValidFrom { get; set; }

    public DateTime? LicenseValidTo { get; set; }

    public bool LicenseLongTerm { get; set; }

    public string ContactName { get; set; } = "";

    public string ContactMobile { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public static EnterpriseStepInput From(EnterpriseDetails details) => new()
    {
        SubjectType = details.SubjectType,
        Industry = details.Industry,
        LegalName = details.LegalName,
        CreditCode = details.CreditCode,
        RegisteredAddress = details.RegisteredAddress,
        LicenseValidFrom = details.LicenseValidFrom.ToDateTime(TimeOnly.MinValue),
        LicenseValidTo = details.LicenseValidTo?.ToDateTime(TimeOnly.MinValue),
        LicenseLongTerm = details.LicenseLongTerm,
        ContactName = details.ContactName,
        ContactMobile = details.ContactMobile,
        ContactEmail = details.ContactEmail,
    };

    /// <summary>The saved form: only called after the validator passed, so every value is present and checked.</summary>
    public EnterpriseDetails ToDetails()
    {
        UnifiedSocialCreditCode.Check(CreditCode, out var code);
        return new EnterpriseDetails(SubjectType!.Value, Industry!.Value, LegalName.Trim(), code, RegisteredAddress.Trim(),
            DateOnly.FromDateTime(LicenseValidFrom!.Value), LicenseLongTerm ? null : DateOnly.FromDateTime(LicenseValidTo!.Value),
            ContactName.Trim(), MainlandMobile.Normalize(ContactMobile), ContactEmail.Trim());
    }

    public sealed class Validator : AbstractValidator<EnterpriseStepInput>
    {
        public Validator(TimeProvider clock)
        {
            DateTime Today() => ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime).Date;

            RuleFor(x => x.SubjectType).NotNull().WithMessage(_ => WizardText.SubjectTypeRequired);
            RuleFor(x => x.Industry).NotNull().WithMessage(_ => WizardText.IndustryRequired);
            RuleFor(x => x.LegalName).NotEmpty().WithMessage(_ => WizardText.LegalNameRequired)
                .MaximumLength(100).WithMessage(_ => WizardText.LegalNameTooLong);
            RuleFor(x => x.CreditCode).Custom((value, context) =>
            {
                var problem = UnifiedSocialCreditCode.Check(value, out _);
                if (problem != CreditCodeProblem.None)
                {
                    context.AddFailure(WizardText.ResourceManager.GetString($"CreditCode_{problem}", System.Globalization.CultureInfo.CurrentUICulture)!);
                }
            });
            RuleFor(x => x.RegisteredAddress).NotEmpty().WithMessage(_ => WizardText.AddressRequired)
                .MaximumLength(200).WithMessage(_ => WizardText.AddressTooLong);
            RuleFor(x => x.LicenseValidFrom).NotNull().WithMessage(_ => WizardText.LicenseFromRequired)
                .Must(from => from <= Today()).WithMessage(_ => WizardText.LicenseFromFuture);
            RuleFor(x => x.LicenseValidTo).NotNull().WithMessage(_ => WizardText.LicenseToRequired)
                .Must((x, to) => to > x.LicenseValidFrom).WithMessage(_ => WizardText.LicenseToBeforeFrom)
                .Must(to => to >= Today()).WithMessage(_ => WizardText.LicenseExpired)
                .When(x => !x.LicenseLongTerm);
            RuleFor(x => x.ContactName).NotEmpty().WithMessage(_ => WizardText.ContactNameRequired)
                .MaximumLength(50).WithMessage(_ => WizardText.ContactNameTooLong);
            RuleFor(x => x.ContactMobile).Must(MainlandMobile.IsValid).WithMessage(_ => WizardText.MobileInvalid);
            RuleFor(x => x.ContactEmail).NotEmpty().WithMessage(_ => WizardText.EmailInvalid)
                .MaximumLength(256).WithMessage(_ => WizardText.EmailInvalid)
                .EmailAddress().WithMessage(_ => WizardText.EmailInvalid);
        }
    }
}

using System.Globalization;
using FluentValidation;
using MerchantPortal.Domain.Identifiers;
using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Onboarding.Wizard;

public sealed class IdentityStepInputValidator : AbstractValidator<IdentityStepInput>
{
    public IdentityStepInputValidator(TimeProvider clock)
    {
        DateOnly Today() => DateOnly.FromDateTime(ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime));

        RuleFor(x => x.LegalRepresentativeName).NotEmpty().WithMessage(_ => WizardText.LegalRepNameRequired)
            .MaximumLength(50).WithMessage(_ => WizardText.ContactNameTooLong);
        RuleFor(x => x.IdType).NotNull().WithMessage(_ => WizardText.IdTypeRequired);
        // A number still masked is the saved one, checked when it was entered; the server puts it back before saving.
        RuleFor(x => x.IdNumber).Custom((value, context) => CheckResidentId(value, Today(), context))
            .When(x => x.IsResidentId && !IdentityStepInput.IsMasked(x.IdNumber));
        RuleFor(x => x.IdNumber).Matches("^[A-Za-z0-9]{5,20}$").WithMessage(_ => WizardText.PassportInvalid)
            .When(x => x.IdType == IdDocumentType.Passport);
        RuleFor(x => x.IdValidFrom).NotNull().WithMessage(_ => WizardText.IdValidFromRequired)
            .Must(from => from <= Today().ToDateTime(TimeOnly.MinValue)).WithMessage(_ => WizardText.IdValidFromFuture);
        RuleFor(x => x.IdValidTo).NotNull().WithMessage(_ => WizardText.IdValidToRequired)
            .Must(to => to >= Today().ToDateTime(TimeOnly.MinValue)).WithMessage(_ => WizardText.IdExpired)
            .When(x => !x.IdLongTerm);

        RuleFor(x => x.BeneficialOwners).NotEmpty().WithMessage(_ => WizardText.OwnerRequired)
            .When(x => x.SubjectType == SubjectType.Enterprise);
        RuleFor(x => x.BeneficialOwners).Must(owners => owners.Sum(o => o.SharePercent ?? 0) <= 100)
            .WithMessage(_ => WizardText.OwnerSharesOver100);
        RuleForEach(x => x.BeneficialOwners).ChildRules(owner =>
        {
            owner.RuleFor(o => o.Name).NotEmpty().WithMessage(_ => WizardText.OwnerNameRequired);
            owner.RuleFor(o => o.IdNumber).Custom((value, context) => CheckResidentId(value, Today(), context))
                .When(o => !IdentityStepInput.IsMasked(o.IdNumber));
            owner.RuleFor(o => o.SharePercent).InclusiveBetween(0, 100).WithMessage(_ => WizardText.OwnerShareRange);
            owner.RuleFor(o => o).Must(o => o.Controls || o.SharePercent >= 25).WithMessage(_ => WizardText.OwnerBelowThreshold);
        });

        RuleFor(x => x.AccountType).NotNull().WithMessage(_ => WizardText.AccountTypeRequired)
            .Must((x, type) => type != SettlementAccountType.Personal || x.SubjectType == SubjectType.SoleProprietor)
            .WithMessage(_ => WizardText.PersonalAccountOnlySoleProprietor);
        RuleFor(x => x.AccountName).NotEmpty().WithMessage(_ => WizardText.AccountNameRequired)
            .Must((x, name) => x.AccountType != SettlementAccountType.Corporate || name.Trim() == x.LegalName.Trim())
            .WithMessage(_ => WizardText.CorporateAccountNameMismatch);
        RuleFor(x => x.BankName).NotEmpty().WithMessage(_ => WizardText.BankNameRequired).MaximumLength(100);
        RuleFor(x => x.BankBranch).NotEmpty().WithMessage(_ => WizardText.BankBranchRequired).MaximumLength(100);
        RuleFor(x => x.AccountNumber).Custom((value, context) =>
        {
            if (IdentityStepInput.IsMasked(value))
            {
                return;
            }

            var corporate = context.InstanceToValidate.AccountType != SettlementAccountType.Personal;
            var problem = BankAccountNumber.Check(value, corporate, out _);
            if (problem != BankAccountProblem.None)
            {
                context.AddFailure(string.Format(Text($"Account_{problem}"), corporate ? 8 : 10));
            }
        });
    }

    private static void CheckResidentId<T>(string value, DateOnly today, ValidationContext<T> context)
    {
        var problem = ResidentIdNumber.Check(value, today, out _);
        if (problem != IdNumberProblem.None)
        {
            context.AddFailure(Text($"IdNumber_{problem}"));
        }
    }

    private static string Text(string key) => WizardText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture)!;
}

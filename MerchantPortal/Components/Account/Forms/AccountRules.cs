using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Components.Account.Forms;

/// <summary>Rules several account forms share, with messages in the reader's language.</summary>
public static class AccountRules
{
    public const int MaxEmailLength = 256;
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage(_ => AccountText.EmailRequired)
        .MaximumLength(MaxEmailLength).WithMessage(_ => AccountText.EmailInvalid)
        .EmailAddress().WithMessage(_ => AccountText.EmailInvalid);

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage(_ => AccountText.PasswordRequired)
        .Length(MinPasswordLength, MaxPasswordLength).WithMessage(_ => string.Format(AccountText.PasswordLength, MinPasswordLength, MaxPasswordLength));

    public static IRuleBuilderOptions<T, string> Required<T>(this IRuleBuilder<T, string> rule, Func<string> message) => rule
        .NotEmpty().WithMessage(_ => message());

    public static IRuleBuilderOptions<T, string> AuthenticatorCode<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage(_ => AccountText.CodeRequired)
        .Matches(@"^[0-9 \-]{6,9}$").WithMessage(_ => AccountText.CodeInvalid);
}

using MerchantPortal.Resources;
using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Components.Account;

/// <summary>Identity's own messages (password rules, bad tokens) in the reader's language.</summary>
public sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), IdentityText.DefaultError);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), IdentityText.InvalidToken);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), IdentityText.PasswordMismatch);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), IdentityText.RecoveryCodeRedemptionFailed);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), IdentityText.InvalidEmail);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), IdentityText.InvalidEmail);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), IdentityText.DuplicateEmail);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), IdentityText.DuplicateEmail);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), string.Format(IdentityText.PasswordTooShort, length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Format(IdentityText.PasswordRequiresUniqueChars, uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), IdentityText.PasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), IdentityText.PasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), IdentityText.PasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), IdentityText.PasswordRequiresUpper);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

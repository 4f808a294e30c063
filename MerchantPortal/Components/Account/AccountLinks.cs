namespace MerchantPortal.Components.Account;

/// <summary>The absolute links an account email needs, built by the page from the request's base address.</summary>
public sealed record AccountLinks(string SignIn, string ForgotPassword, Func<string, string, string> ConfirmEmail);

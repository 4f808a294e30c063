namespace MerchantPortal.Infrastructure.Authorization;

/// <summary>
/// How often a signed-in session is checked against its account (<c>Identity:RevalidationInterval</c>): a disabled account,
/// changed roles or a new security stamp reach open circuits and cookies within this interval.
/// </summary>
public sealed class SessionRevalidationOptions
{
    public const string Section = "Identity";

    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}

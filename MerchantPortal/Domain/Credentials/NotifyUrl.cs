namespace MerchantPortal.Domain.Credentials;

/// <summary>The merchant's notification (webhook) address: where the platform form-posts its signed notifications.</summary>
public static class NotifyUrl
{
    /// <summary>Alipay's <c>notify_url</c> is at most 256 characters.</summary>
    public const int MaxLength = 256;

    /// <returns>The address trimmed, or null to clear it.</returns>
    /// <exception cref="DomainException"><see cref="DomainErrors.NotifyUrlInvalid"/> for anything but an absolute http(s) address.</exception>
    public static string? Normalize(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (trimmed.Length > MaxLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0
            || uri.Fragment.Length > 0
            || uri.Host.Length == 0)
        {
            throw new DomainException(DomainErrors.NotifyUrlInvalid, MaxLength);
        }

        return trimmed;
    }
}

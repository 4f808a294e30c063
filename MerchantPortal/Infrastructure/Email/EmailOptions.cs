namespace MerchantPortal.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "MerchantPortal <no-reply@merchantportal.local>";

    /// <summary>Where .eml files are written when no SMTP host is set; relative to the data folder.</summary>
    public string PickupDirectory { get; set; } = "mail";

    /// <summary>The portal's public address, for links in emails sent in the background; empty means the address it listens on.</summary>
    public string? PortalUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public bool UseStartTls { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}

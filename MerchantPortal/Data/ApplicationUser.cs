using Microsoft.AspNetCore.Identity;

namespace MerchantPortal.Data;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The language the user last chose; emails to them are written in it.</summary>
    public string PreferredCulture { get; set; } = "zh-CN";

    /// <summary>The organization the switcher last selected, so every device opens on the same one.</summary>
    public Guid? CurrentOrganizationId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool IsDemo { get; set; }
}

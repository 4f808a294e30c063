namespace MerchantPortal.Features.Users;

/// <summary>What the invited staff member enters on the accept page.</summary>
public sealed class AcceptStaffInvitationInput
{
    public string DisplayName { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

namespace MerchantPortal.Features.Organizations;

public sealed class InviteMemberInput
{
    public string Email { get; set; } = "";
}

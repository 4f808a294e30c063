namespace MerchantPortal.Domain.Organizations;

public enum MemberRole
{
    Owner = 0,
    Staff = 1,
}

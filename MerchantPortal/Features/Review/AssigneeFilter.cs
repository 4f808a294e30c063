namespace MerchantPortal.Features.Review;

public enum AssigneeFilter
{
    Anyone = 0,
    Me = 1,
    Unassigned = 2,
    Person = 3,
}

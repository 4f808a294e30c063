namespace MerchantPortal.Features.Home;

public sealed record RecentOrganization(Guid Id, string Name, int Members, DateTime CreatedAtUtc);

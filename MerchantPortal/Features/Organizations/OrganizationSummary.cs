using MerchantPortal.Domain.Organizations;

namespace MerchantPortal.Features.Organizations;

public sealed record OrganizationSummary(Guid Id, string Name, MemberRole Role, DateTime CreatedAtUtc);

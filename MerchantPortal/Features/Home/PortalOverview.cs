namespace MerchantPortal.Features.Home;

public sealed record PortalOverview(int Organizations, int Applicants, int Reviewers, int Admins, int StaffWithoutTwoFactor);

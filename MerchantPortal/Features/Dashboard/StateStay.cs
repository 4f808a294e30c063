using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Dashboard;

/// <summary>The applications in an unfinished <see cref="State"/> now, and how long they have been in it on average.</summary>
public sealed record StateStay(ApplicationState State, int Applications, double AverageMinutes);
